package org.anlan.risk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.enterprise.Enterprise;
import org.anlan.platform.error.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 重大危险源: units declared per enterprise (by the enterprise itself, inspectors, its township, administrators).
 * Only the declaration is stored with its S, R and grade; the steps are recomputed from it when read, by the same
 * pure calculation the open calculator uses.
 */
@Service
public class HazardSourceRegister {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final EnterpriseScope scope;
    private final RiskGrading grading;
    private final AuditTrail audit;
    private final Clock clock;

    HazardSourceRegister(JdbcClient jdbc, EnterpriseScope scope, RiskGrading grading, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.grading = grading;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MajorHazardUnit> list(UUID enterprise, String township) {
        EnterpriseScope.Filter filter = scope.filter(enterprise, township);
        return jdbc.sql("""
                        SELECT * FROM major_hazard_unit
                         WHERE (CAST(:enterprise AS uuid) IS NULL OR enterprise_id = :enterprise)
                           AND (CAST(:township AS text) IS NULL OR township_code = :township)
                         ORDER BY grade NULLS LAST, s DESC, name LIMIT 2000""")
                .param("enterprise", filter.enterprise()).param("township", filter.township())
                .query(this::map).list();
    }

    @Transactional
    public MajorHazardUnit declare(UUID enterpriseId, String name, String unitKind, Integer population,
                                   List<DeclaredQuantity> substances) {
        Enterprise enterprise = scope.changeable(enterpriseId, RiskRegister.CHANGERS);
        return store(UUID.randomUUID(), enterprise, name, unitKind, population, substances, false);
    }

    /** A synthetic demo declaration unless its id exists (demo seed; audited as the system). */
    @Transactional
    public boolean declareSynthetic(UUID id, Enterprise enterprise, String name, String unitKind, int population,
                                    List<DeclaredQuantity> substances) {
        if (jdbc.sql("SELECT count(*) FROM major_hazard_unit WHERE id = :id OR (enterprise_id = :e AND name = :n)")
                .param("id", id).param("e", enterprise.id().value()).param("n", name).query(Integer.class).single() > 0) {
            return false;
        }
        store(id, enterprise, name, unitKind, population, substances, true);
        return true;
    }

    private MajorHazardUnit store(UUID id, Enterprise enterprise, String name, String unitKind, Integer population,
                                  List<DeclaredQuantity> substances, boolean synthetic) {
        String unitName = name == null ? null : name.strip();
        if (unitName == null || unitName.isEmpty() || unitName.length() > 100) {
            throw ApiException.badRequest("HAZARD_SOURCE_NAME_INVALID", "error.risk.unitName");
        }
        String kind = unitKind == null ? "STORAGE" : unitKind.strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("STORAGE") && !kind.equals("PRODUCTION")) {
            throw ApiException.badRequest("HAZARD_SOURCE_KIND_INVALID", "error.risk.unitKind");
        }
        int people = RiskCalculatorApiController.population(population);
        MajorHazardAssessment assessment = grading.assess(substances, people);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Map<String, Object>> declared = new ArrayList<>();
        for (DeclaredQuantity q : substances) {
            declared.add(Map.of("name", q.substance(), "tonnes", q.tonnes()));
        }
        int inserted = jdbc.sql("""
                        INSERT INTO major_hazard_unit (id, enterprise_id, township_code, name, unit_kind,
                               exposed_population, substances, s, r, grade, synthetic, declared_at)
                        VALUES (:id, :enterprise, :township, :name, :kind, :population, CAST(:substances AS jsonb), :s,
                                :r, :grade, :synthetic, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", id).param("enterprise", enterprise.id().value()).param("township", enterprise.townshipCode())
                .param("name", unitName).param("kind", kind).param("population", people)
                .param("substances", JSON.writeValueAsString(declared)).param("s", assessment.s())
                .param("r", assessment.r().orElse(null))
                .param("grade", assessment.grade().map(HazardSourceGrade::number).orElse(null))
                .param("synthetic", synthetic).param("at", now.atOffset(ZoneOffset.UTC)).update();
        if (inserted == 0) {
            throw ApiException.conflict("HAZARD_SOURCE_DUPLICATE", "error.risk.unitDuplicate", unitName);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprise", enterprise.id().value().toString());
        after.put("name", unitName);
        after.put("substances", declared.toString());
        after.put("s", assessment.s().toPlainString());
        after.put("grade", assessment.grade().map(HazardSourceGrade::label).orElse(null));
        AuditRecord record = AuditRecord.of("HAZARD_SOURCE_DECLARE", "MajorHazardUnit", id.toString())
                .inTownship(enterprise.townshipCode()).changing(null, after);
        if (synthetic) {
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, "SYSTEM", record);
        } else {
            audit.record(record);
        }
        return new MajorHazardUnit(id, enterprise.id().value(), enterprise.townshipCode(), unitName, kind, people,
                substances, assessment, synthetic, now);
    }

    private MajorHazardUnit map(ResultSet rs, int row) throws SQLException {
        List<DeclaredQuantity> substances = new ArrayList<>();
        for (JsonNode node : JSON.readTree(rs.getString("substances"))) {
            substances.add(new DeclaredQuantity(node.path("name").asString(), new BigDecimal(node.path("tonnes").asString())));
        }
        int population = rs.getInt("exposed_population");
        return new MajorHazardUnit(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("township_code"), rs.getString("name"), rs.getString("unit_kind"), population, substances,
                grading.assess(substances, population), rs.getBoolean("synthetic"),
                rs.getObject("declared_at", OffsetDateTime.class).toInstant());
    }
}
