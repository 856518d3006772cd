package org.anlan.risk;

import static org.anlan.risk.HazardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** §2.3 closed loop, HZ-WF-01/02, HZ-LAW-03/04: transitions, who may accept, and the 五落实 gate. */
class HiddenHazardTest {

    @Test
    void aGeneralHazardGoesFromDiscoveryToClosure() {
        HiddenHazard closed = verifying(rectifyingGeneral()).accept(INSPECTOR, null, day(6));

        assertThat(closed.state()).isEqualTo(HazardState.CLOSED);
        assertThat(closed.history()).extracting(HazardStep::state).containsExactly(HazardState.DISCOVERED,
                HazardState.REGISTERED, HazardState.GRADED, HazardState.RECTIFYING, HazardState.VERIFYING,
                HazardState.CLOSED);
        assertThat(closed.rectifier()).contains(RECTIFIER);
        assertThat(closed.afterPhotos()).containsExactly("after-1.jpg");
        assertThat(closed.registration().orElseThrow().beforePhotos()).containsExactly("before-1.jpg");
    }

    @Test
    void aMajorHazardGoesThroughAnApprovedPlanAndTakesItsDeadline() {
        HiddenHazard rectifying = rectifyingMajor();
        HiddenHazard closed = verifying(rectifying).accept(SECOND_INSPECTOR, null, day(20));

        assertThat(rectifying.deadline()).contains(day(30));
        assertThat(rectifying.plan()).contains(completePlan());
        assertThat(rectifying.judgementItem()).contains("工贸企业重大事故隐患判定标准 第十条");
        assertThat(closed.history()).extracting(HazardStep::state).containsSubsequence(HazardState.GRADED,
                HazardState.PLAN_APPROVED, HazardState.RECTIFYING, HazardState.VERIFYING, HazardState.CLOSED);
    }

    @Test
    void transitionsReturnANewHazardAndLeaveTheOldOneAlone() {
        HiddenHazard registered = registered();

        HiddenHazard graded = registered.grade(HazardGrade.GENERAL, null, INSPECTOR, day(1));

        assertThat(registered.state()).isEqualTo(HazardState.REGISTERED);
        assertThat(registered.grade()).isEmpty();
        assertThat(graded.state()).isEqualTo(HazardState.GRADED);
        assertThat(graded).isNotSameAs(registered);
    }

    @Test
    void theRectifierCannotAcceptTheirOwnWork() {
        HiddenHazard verifying = verifying(rectifyingGeneral());

        assertRefused(() -> verifying.accept(RECTIFIER, null, day(6)), "hazard.verifier-is-rectifier");
        assertRefused(() -> verifying.reject(RECTIFIER, "自查不合格", day(6)), "hazard.verifier-is-rectifier");
    }

    @Test
    void aHazardCannotBeClosedWithoutAVerifier() {
        assertRefused(() -> verifying(rectifyingGeneral()).accept(null, null, day(6)), "hazard.verifier-is-rectifier");
    }

    @Test
    void noTransitionSkipsAcceptance() {
        assertRefused(() -> rectifyingGeneral().accept(INSPECTOR, null, day(6)), "hazard.transition-not-allowed");
        assertRefused(() -> graded(HazardGrade.GENERAL).accept(INSPECTOR, null, day(6)),
                "hazard.transition-not-allowed");
    }

    @ParameterizedTest(name = "a major hazard without {0} cannot start rectification")
    @EnumSource(PlanItem.class)
    void aMajorHazardCannotStartRectificationWithoutEveryPlanItem(PlanItem missing) {
        RectificationPlan plan = without(completePlan(), missing);
        HiddenHazard graded = graded(HazardGrade.MAJOR);

        assertThat(plan.missingItems()).containsExactly(missing);
        assertThatThrownBy(() -> graded.approvePlan(plan, SAFETY_OFFICER, day(2)))
                .isInstanceOfSatisfying(RiskRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("hazard.plan-incomplete");
                    assertThat(e.getMessage()).contains(missing.label());
                });
        assertRefused(() -> graded.startRectification(RECTIFIER, day(10), SAFETY_OFFICER, day(2)),
                "hazard.plan-required");
    }

    @Test
    void zeroFundsAreNotFunds() {
        RectificationPlan plan = new RectificationPlan("目标", "责任", "措施", BigDecimal.ZERO, day(30), "预案");

        assertThat(plan.missingItems()).containsExactly(PlanItem.FUNDS);
    }

    @Test
    void aGeneralHazardHasNoPlan() {
        assertRefused(() -> graded(HazardGrade.GENERAL).approvePlan(completePlan(), SAFETY_OFFICER, day(2)),
                "hazard.plan-only-for-major");
    }

    @Test
    void rectificationNeedsAResponsiblePersonAndADeadline() {
        HiddenHazard graded = graded(HazardGrade.GENERAL);

        assertRefused(() -> graded.startRectification(null, day(10), SAFETY_OFFICER, day(1)),
                "hazard.deadline-required");
        assertRefused(() -> graded.startRectification(RECTIFIER, null, SAFETY_OFFICER, day(1)),
                "hazard.deadline-required");
    }

    @Test
    void aGeneralHazardMayBeRectifiedAndSubmittedTheSameDay() {
        HiddenHazard verifying = graded(HazardGrade.GENERAL)
                .startRectification(RECTIFIER, day(1), SAFETY_OFFICER, day(1))
                .submitRectification(RECTIFIER, List.of(), day(1).plusSeconds(3600));

        assertThat(verifying.state()).isEqualTo(HazardState.VERIFYING);
    }

    @Test
    void aFailedAcceptanceReopensRectificationAndCountsIt() {
        HiddenHazard reopened = verifying(rectifyingGeneral()).reject(INSPECTOR, "报警器未联锁", day(6));
        HiddenHazard reopenedTwice = verifying(reopened).reject(SECOND_INSPECTOR, "仍未联锁", day(7));

        assertThat(reopened.state()).isEqualTo(HazardState.RECTIFYING);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.rectifier()).isEmpty();
        assertThat(reopenedTwice.reopenCount()).isEqualTo(2);
    }

    @Test
    void outOfOrderStepsAreRefused() {
        assertRefused(() -> discovered().grade(HazardGrade.GENERAL, null, INSPECTOR, day(1)),
                "hazard.transition-not-allowed");
        assertRefused(() -> registered().register(new Registration("机房", "设备", List.of()), SAFETY_OFFICER,
                day(1)), "hazard.transition-not-allowed");
        assertRefused(() -> registered().startRectification(RECTIFIER, day(9), SAFETY_OFFICER, day(1)),
                "hazard.transition-not-allowed");
        assertRefused(() -> discovered().submitRectification(RECTIFIER, List.of(), day(1)),
                "hazard.transition-not-allowed");
        assertRefused(() -> planApproved().approvePlan(completePlan(), SAFETY_OFFICER, day(3)),
                "hazard.transition-not-allowed");
        HiddenHazard closed = verifying(rectifyingGeneral()).accept(INSPECTOR, null, day(6));
        assertRefused(() -> closed.reject(SECOND_INSPECTOR, "重开", day(7)), "hazard.transition-not-allowed");
        assertRefused(() -> closed.startRectification(RECTIFIER, day(9), SAFETY_OFFICER, day(7)),
                "hazard.transition-not-allowed");
    }

    @Test
    void onlyAPublicTipOffMayBeAnonymous() {
        HiddenHazard tipOff = HiddenHazard.discover(HiddenHazardId.random(), COLD_STORE, HazardOrigin.PUBLIC_TIP_OFF,
                "消防通道堵塞", null, FOUND);

        assertThat(tipOff.history().get(0).actor()).isNull();
        assertRefused(() -> HiddenHazard.discover(HiddenHazardId.random(), COLD_STORE, HazardOrigin.INSPECTOR,
                "消防通道堵塞", null, FOUND), "hazard.registration-incomplete");
    }

    @Test
    void registrationNeedsALocationAndACategory() {
        assertRefused(() -> new Registration(" ", "设备设施", List.of()), "hazard.registration-incomplete");
        assertRefused(() -> new Registration("机房", null, List.of()), "hazard.registration-incomplete");
    }

    @Test
    void aListedHazardIsClosedOnlyWithAnAssessmentReport() {
        HiddenHazard listed = verifying(rectifyingMajor().superviseUnder(countyListing(day(40)), INSPECTOR, day(4)));

        assertRefused(() -> listed.accept(SECOND_INSPECTOR, " ", day(20)), "hazard.assessment-report-required");
        assertThat(listed.accept(SECOND_INSPECTOR, "安全评价机构评估报告", day(20)).state())
                .isEqualTo(HazardState.CLOSED);
    }

    @Test
    void onlyAnOpenMajorHazardCanBeListed() {
        assertRefused(() -> rectifyingGeneral().superviseUnder(countyListing(day(40)), INSPECTOR, day(4)),
                "hazard.supervision-only-for-major");
        HiddenHazard closed = verifying(rectifyingMajor()).accept(SECOND_INSPECTOR, null, day(20));
        assertRefused(() -> closed.superviseUnder(countyListing(day(40)), INSPECTOR, day(21)),
                "hazard.supervision-only-for-major");
    }

    private static RectificationPlan without(RectificationPlan p, PlanItem item) {
        Function<PlanItem, Boolean> keep = i -> i != item;
        return new RectificationPlan(keep.apply(PlanItem.OBJECTIVES) ? p.objectives() : " ",
                keep.apply(PlanItem.RESPONSIBILITY) ? p.responsibility() : null,
                keep.apply(PlanItem.MEASURES) ? p.measures() : "",
                keep.apply(PlanItem.FUNDS) ? p.fundsYuan() : null,
                keep.apply(PlanItem.DEADLINE) ? p.deadline() : null,
                keep.apply(PlanItem.CONTINGENCY_PLAN) ? p.contingencyPlan() : null);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(RiskRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
