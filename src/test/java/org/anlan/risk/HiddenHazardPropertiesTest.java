package org.anlan.risk;

import static org.anlan.risk.HazardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever actions are tried in whatever order, a hazard is only closed through the loop of §2.3. */
class HiddenHazardPropertiesTest {

    enum Action { REGISTER, GRADE_GENERAL, GRADE_MAJOR, APPROVE_PLAN, APPROVE_INCOMPLETE_PLAN, START, SUBMIT,
        ACCEPT, REJECT }

    private static final List<UUID> PEOPLE = List.of(RECTIFIER, INSPECTOR, SECOND_INSPECTOR);

    @Property(tries = 1000)
    void aClosedHazardWasGradedRectifiedAndAcceptedBySomeoneElse(
            @ForAll("actions") List<Action> actions, @ForAll("people") List<UUID> actors) {
        HiddenHazard hazard = discovered();
        int day = 1;
        for (int i = 0; i < actions.size(); i++) {
            UUID actor = actors.get(i % actors.size());
            try {
                hazard = apply(hazard, actions.get(i), actor, day(day++));
            } catch (RiskRuleException refused) {
                assertThat(refused.code()).isNotBlank();
            }
        }

        Statistics.collect(hazard.state());
        Statistics.coverage(coverage -> coverage.check(HazardState.CLOSED).count(c -> c >= 20));
        if (hazard.state() == HazardState.CLOSED) {
            List<HazardState> states = hazard.history().stream().map(HazardStep::state).toList();
            assertThat(states).containsSubsequence(HazardState.REGISTERED, HazardState.GRADED,
                    HazardState.RECTIFYING, HazardState.VERIFYING, HazardState.CLOSED);
            HazardStep last = hazard.history().get(hazard.history().size() - 1);
            assertThat(last.actor()).isNotEqualTo(hazard.rectifier().orElseThrow());
            if (hazard.grade().orElseThrow() == HazardGrade.MAJOR) {
                assertThat(states).contains(HazardState.PLAN_APPROVED);
                assertThat(hazard.plan().orElseThrow().isComplete()).isTrue();
            }
        }
    }

    // Steps that move the loop forward come more often, so that many runs reach 销号 (checked by coverage).
    @Provide
    Arbitrary<List<Action>> actions() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Action.values())),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(Action.REGISTER, Action.START, Action.SUBMIT,
                        Action.ACCEPT, Action.APPROVE_PLAN)))
                .list().ofMinSize(5).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<UUID>> people() {
        return Arbitraries.of(PEOPLE).list().ofMinSize(1).ofMaxSize(5);
    }

    private static HiddenHazard apply(HiddenHazard h, Action action, UUID actor, java.time.Instant at) {
        return switch (action) {
            case REGISTER -> h.register(new Registration("机房", "设备设施", List.of()), actor, at);
            case GRADE_GENERAL -> h.grade(HazardGrade.GENERAL, null, actor, at);
            case GRADE_MAJOR -> h.grade(HazardGrade.MAJOR, "判定标准条目", actor, at);
            case APPROVE_PLAN -> h.approvePlan(completePlan(), actor, at);
            case APPROVE_INCOMPLETE_PLAN -> h.approvePlan(
                    new RectificationPlan("目标", "责任", "措施", null, day(30), "预案"), actor, at);
            case START -> h.startRectification(actor, day(60), actor, at);
            case SUBMIT -> h.submitRectification(actor, List.of(), at);
            case ACCEPT -> h.accept(actor, null, at);
            case REJECT -> h.reject(actor, "不合格", at);
        };
    }
}
