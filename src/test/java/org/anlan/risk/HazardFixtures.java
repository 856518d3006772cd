package org.anlan.risk;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anlan.enterprise.EnterpriseId;

/** Hidden hazards at each step of the loop, found at a cold store's ammonia room in 石浦镇. */
final class HazardFixtures {

    static final Instant FOUND = Instant.parse("2026-07-01T01:00:00Z");
    static final UUID GRID_MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID SAFETY_OFFICER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID RECTIFIER = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID INSPECTOR = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID SECOND_INSPECTOR = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    static final EnterpriseId COLD_STORE = new EnterpriseId(UUID.fromString("00000000-0000-0000-0000-0000000000cc"));

    private HazardFixtures() {
    }

    static Instant day(int n) {
        return FOUND.plus(Duration.ofDays(n));
    }

    static HiddenHazard discovered() {
        return HiddenHazard.discover(HiddenHazardId.random(), COLD_STORE, HazardOrigin.GRID_MEMBER,
                "氨制冷机房泄漏报警器失效", GRID_MEMBER, FOUND);
    }

    static HiddenHazard registered() {
        return discovered().register(new Registration("氨制冷机房", "设备设施", List.of("before-1.jpg")),
                SAFETY_OFFICER, FOUND.plusSeconds(600));
    }

    static HiddenHazard graded(HazardGrade grade) {
        return registered().grade(grade, grade == HazardGrade.MAJOR ? "工贸企业重大事故隐患判定标准 第十条" : null,
                INSPECTOR, day(1));
    }

    static RectificationPlan completePlan() {
        return new RectificationPlan("更换泄漏报警器并联锁排风", "企业主要负责人 王某，设备科", "停用机房、更换报警器、联锁改造",
                new BigDecimal("85000"), day(30), "氨泄漏现场处置方案");
    }

    static HiddenHazard planApproved() {
        return graded(HazardGrade.MAJOR).approvePlan(completePlan(), SAFETY_OFFICER, day(2));
    }

    static HiddenHazard rectifyingGeneral() {
        return graded(HazardGrade.GENERAL).startRectification(RECTIFIER, day(10), SAFETY_OFFICER, day(1));
    }

    static HiddenHazard rectifyingMajor() {
        return planApproved().startRectification(RECTIFIER, null, SAFETY_OFFICER, day(3));
    }

    static HiddenHazard verifying(HiddenHazard rectifying) {
        return rectifying.submitRectification(RECTIFIER, List.of("after-1.jpg"), day(5));
    }

    static Supervision countyListing(Instant deadline) {
        return new Supervision(SupervisionLevel.COUNTY, "象山县安委会", "某冷库有限公司", deadline, "象安委〔2026〕12号");
    }
}
