package org.anlan.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.enterprise.Enterprise;
import org.anlan.enterprise.EnterpriseDraft;
import org.anlan.enterprise.EnterpriseId;
import org.anlan.enterprise.EnterpriseRegister;
import org.anlan.enterprise.UnifiedSocialCreditCode;
import org.anlan.platform.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthetic demo register of the 双重预防 module (demo mode only) from {@code seed/risk/xiangshan-demo.json}:
 * enterprises across the 18 townships, their risk points, major hazard units and hidden hazards in every state of
 * the closed loop. Every id derives from a name, so a restart inserts only what is missing. Hazards are built
 * through the aggregate's own transitions (never written in a state the rules could not reach); their times are
 * set back from the first start so that some are overdue. The demo enterprise user is linked to the 石浦 cold store.
 */
@Component
@Order(30)
class RiskDemoSeed implements ApplicationRunner {

    static final String LOCATION = "seed/risk/xiangshan-demo.json";
    static final String DEMO_ENTERPRISE = "象山示范水产冷冻有限公司";
    private static final Logger log = LoggerFactory.getLogger(RiskDemoSeed.class);
    private static final double KM_PER_DEGREE = 111.32;
    static final UUID DEMO_INSPECTOR = demoId("actor:inspector");
    static final UUID DEMO_ENTERPRISE_OFFICER = demoId("actor:enterprise");
    static final UUID DEMO_TOWNSHIP_OFFICER = demoId("actor:township");

    record SeedPoint(String name, String place, String activity, String hazardKind, String method, BigDecimal l,
                     BigDecimal e, BigDecimal c, BigDecimal s, String controlMeasures, String responsiblePerson,
                     Integer reviewDays) {
    }

    record SeedSubstance(String name, BigDecimal tonnes) {
    }

    record SeedUnit(String name, String kind, int population, List<SeedSubstance> substances) {
    }

    record SeedHazard(String key, String description, String location, String category, HazardOrigin origin,
                      String story) {
    }

    record SeedEnterprise(String township, String name, String industry, List<Double> offsetKm, String address,
                          boolean aboveScale, String standardisation, boolean liabilityInsured, String safetyOfficers,
                          List<SeedPoint> riskPoints, List<SeedHazard> hazards, List<SeedUnit> units) {
    }

    @JsonIgnoreProperties("_about")
    record SeedFile(List<SeedEnterprise> enterprises) {
    }

    private final EnterpriseRegister enterprises;
    private final RiskRegister risks;
    private final HazardRegister hazards;
    private final HazardSourceRegister sources;
    private final CountyGeography county;
    private final PlatformMode mode;
    private final Clock clock;

    RiskDemoSeed(EnterpriseRegister enterprises, RiskRegister risks, HazardRegister hazards,
                 HazardSourceRegister sources, CountyGeography county, PlatformMode mode, Clock clock) {
        this.enterprises = enterprises;
        this.risks = risks;
        this.hazards = hazards;
        this.sources = sources;
        this.county = county;
        this.mode = mode;
        this.clock = clock;
    }

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("anlan-risk-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    static SeedFile read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        int added = 0;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (SeedEnterprise seed : read().enterprises()) {
            EnterpriseId id = new EnterpriseId(demoId("enterprise:" + seed.name()));
            Township township = county.requireTownship(seed.township());
            double lat = township.seat().lat() + seed.offsetKm().get(1) / KM_PER_DEGREE;
            double lon = township.seat().lon()
                    + seed.offsetKm().get(0) / (KM_PER_DEGREE * Math.cos(Math.toRadians(township.seat().lat())));
            long serial = Integer.toUnsignedLong(seed.name().hashCode());
            if (enterprises.registerSynthetic(id, new EnterpriseDraft(seed.name(),
                    UnifiedSocialCreditCode.synthetic("330225", serial).value(), seed.industry(), seed.township(),
                    seed.address(), lat, lon, seed.aboveScale(), seed.standardisation(), seed.liabilityInsured(),
                    seed.safetyOfficers()))) {
                added++;
            }
            Enterprise enterprise = enterprises.directory().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElse(null);
            if (enterprise == null) {
                continue;
            }
            for (SeedPoint p : seed.riskPoints()) {
                risks.recordSynthetic(demoId("point:" + seed.name() + "/" + p.name()), enterprise,
                        new RiskPointDraft(p.name(), p.place(), p.activity(), p.hazardKind(), p.method(), p.l(), p.e(),
                                p.c(), p.s(), p.controlMeasures(), p.responsiblePerson(), null, p.reviewDays()));
            }
            for (SeedUnit u : seed.units()) {
                sources.declareSynthetic(demoId("unit:" + seed.name() + "/" + u.name()), enterprise, u.name(), u.kind(),
                        u.population(), u.substances().stream()
                                .map(s -> new DeclaredQuantity(s.name(), s.tonnes())).toList());
            }
            for (SeedHazard h : seed.hazards()) {
                hazards.storeSynthetic(story(h, enterprise, now));
            }
            if (seed.name().equals(DEMO_ENTERPRISE)) {
                enterprises.linkSyntheticMember(id, "enterprise");
            }
        }
        if (added > 0) {
            log.info("Demo mode: registered {} synthetic enterprises with risk points and hazards", added);
        }
    }

    /** The hazard taken through the transitions its story names, with times counted back from {@code now}. */
    static HazardRecord story(SeedHazard seed, Enterprise enterprise, Instant now) {
        boolean overdue = seed.story().endsWith("OVERDUE");
        Instant found = now.minus(Duration.ofDays(overdue ? 45 : 10));
        UUID finder = seed.origin() == HazardOrigin.PUBLIC_TIP_OFF ? null
                : seed.origin() == HazardOrigin.SELF_CHECK ? DEMO_ENTERPRISE_OFFICER : DEMO_INSPECTOR;
        HiddenHazard h = HiddenHazard.discover(new HiddenHazardId(demoId("hazard:" + seed.key())), enterprise.id(),
                seed.origin(), seed.description(), finder, found);
        String story = seed.story();
        if (!story.equals("DISCOVERED")) {
            h = h.register(new Registration(seed.location(), seed.category(), List.of()), DEMO_INSPECTOR, found.plus(hours(1)));
        }
        boolean major = story.equals("GRADED_MAJOR") || story.equals("PLAN_APPROVED") || story.equals("SUPERVISED_OVERDUE");
        if (!story.equals("DISCOVERED") && !story.equals("REGISTERED")) {
            h = h.grade(major ? HazardGrade.MAJOR : HazardGrade.GENERAL,
                    major ? "《重大事故隐患判定标准》相应条款" : null, DEMO_INSPECTOR, found.plus(hours(2)));
        }
        Instant deadline = overdue ? now.minus(Duration.ofDays(10)) : now.plus(Duration.ofDays(20));
        if (story.equals("PLAN_APPROVED") || story.equals("SUPERVISED_OVERDUE")) {
            h = h.approvePlan(new RectificationPlan("消除隐患、恢复安全运行", "企业主要负责人牵头，安全部门具体负责",
                    "停用相关设施，委托有资质单位整改并复测", new BigDecimal("180000"), deadline,
                    "整改期间设置警戒区，落实专人监护，修订专项应急预案"), DEMO_ENTERPRISE_OFFICER, found.plus(days(2)));
        }
        if (List.of("RECTIFYING", "RECTIFYING_OVERDUE", "VERIFYING", "CLOSED", "REOPENED", "SUPERVISED_OVERDUE")
                .contains(story)) {
            h = h.startRectification(DEMO_ENTERPRISE_OFFICER, deadline, DEMO_ENTERPRISE_OFFICER, found.plus(days(3)));
        }
        if (story.equals("SUPERVISED_OVERDUE")) {
            h = h.superviseUnder(new Supervision(SupervisionLevel.COUNTY, "象山县安全生产委员会办公室", enterprise.name(),
                    deadline, "象安委办〔示范〕1号"), DEMO_INSPECTOR, found.plus(days(4)));
        }
        if (List.of("VERIFYING", "CLOSED", "REOPENED").contains(story)) {
            h = h.submitRectification(DEMO_ENTERPRISE_OFFICER, List.of(), found.plus(days(5)));
        }
        if (story.equals("CLOSED")) {
            h = h.accept(DEMO_INSPECTOR, null, found.plus(days(6)));
        }
        if (story.equals("REOPENED")) {
            h = h.reject(DEMO_INSPECTOR, "复查发现仍未整改到位", found.plus(days(6)));
        }
        boolean tip = seed.origin() == HazardOrigin.PUBLIC_TIP_OFF;
        Instant closedAt = h.state() == HazardState.CLOSED ? found.plus(days(6)) : null;
        return new HazardRecord(h, enterprise.townshipCode(), h.responsiblePerson().isPresent() ? "企业安全主管" : null,
                null, null, tip && closedAt != null ? new BigDecimal("500") : null,
                tip ? (closedAt != null ? HazardRecord.RewardStatus.PAID : HazardRecord.RewardStatus.PENDING) : null,
                List.of(), true, found, closedAt);
    }

    private static Duration hours(int n) {
        return Duration.ofHours(n);
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }
}
