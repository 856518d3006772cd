package org.anlan.risk;

import static org.anlan.risk.HazardFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HZ-WF-02 and HZ-WF-03: reminders, overdue, escalation and written explanations, against a given instant. */
class HazardDeadlinePolicyTest {

    private final HazardDeadlinePolicy policy = HazardDeadlinePolicy.defaults();

    @ParameterizedTest(name = "general, deadline day 10, at {0} → {1}")
    @CsvSource({
        "2026-07-01T01:00:00Z, ON_TIME",
        "2026-07-08T00:59:59Z, ON_TIME",
        "2026-07-08T01:00:00Z, REMINDER_DUE",
        "2026-07-11T01:00:00Z, REMINDER_DUE",
        "2026-07-11T01:00:01Z, OVERDUE"})
    void aGeneralHazardIsRemindedThreeDaysAheadAndOverdueJustAfterItsDeadline(Instant now, DeadlineState state) {
        assertThat(policy.statusOf(rectifyingGeneral(), now).state()).isEqualTo(state);
    }

    @ParameterizedTest(name = "major, deadline day 30, at {0} → {1}")
    @CsvSource({
        "2026-07-24T00:59:59Z, ON_TIME",
        "2026-07-24T01:00:00Z, REMINDER_DUE",
        "2026-07-31T01:00:00Z, REMINDER_DUE",
        "2026-07-31T01:00:01Z, OVERDUE"})
    void aMajorHazardIsRemindedSevenDaysAhead(Instant now, DeadlineState state) {
        assertThat(policy.statusOf(rectifyingMajor(), now).state()).isEqualTo(state);
    }

    @ParameterizedTest(name = "{0} days overdue → {1}")
    @CsvSource({"0, ENTERPRISE", "6, ENTERPRISE", "7, TOWNSHIP", "13, TOWNSHIP", "14, COUNTY_DEPARTMENT",
        "21, COUNTY_SAFETY_COMMITTEE", "365, COUNTY_SAFETY_COMMITTEE"})
    void overdueHazardsEscalateOneLevelEverySevenDays(int daysOverdue, EscalationTier tier) {
        Instant now = day(10).plus(Duration.ofDays(daysOverdue)).plusSeconds(1);

        DeadlineStatus status = policy.statusOf(rectifyingGeneral(), now);

        assertThat(status.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(status.escalation()).contains(tier);
    }

    @Test
    void anOverdueMajorHazardIsACandidateForListingUntilItIsListed() {
        HiddenHazard major = rectifyingMajor();

        assertThat(policy.statusOf(major, day(31)).supervisionCandidate()).isTrue();
        assertThat(policy.statusOf(rectifyingGeneral(), day(31)).supervisionCandidate()).isFalse();
        assertThat(policy.statusOf(major.superviseUnder(countyListing(day(30)), INSPECTOR, day(4)), day(31))
                .supervisionCandidate()).isFalse();
    }

    @Test
    void aClosedHazardIsNeverOverdue() {
        HiddenHazard closed = verifying(rectifyingGeneral()).accept(INSPECTOR, null, day(6));

        assertThat(closed.isOverdueAt(day(100))).isFalse();
        assertThat(policy.statusOf(closed, day(100)).state()).isEqualTo(DeadlineState.CLOSED);
    }

    @Test
    void aHazardWithoutADeadlineYetHasNone() {
        assertThat(policy.statusOf(graded(HazardGrade.GENERAL), day(100)).state()).isEqualTo(DeadlineState.NO_DEADLINE);
    }

    @Test
    void aHazardAwaitingAcceptanceStillCountsAsOverdue() {
        HiddenHazard verifying = verifying(rectifyingGeneral());

        assertThat(verifying.isOverdueAt(day(11))).isTrue();
    }

    @Test
    void anOverdueListedHazardNeedsAWrittenExplanationAndStaysOpen() {
        HiddenHazard listed = rectifyingMajor().superviseUnder(countyListing(day(25)), INSPECTOR, day(4));

        assertThat(listed.deadline()).contains(day(25));
        assertThat(listed.needsWrittenExplanationAt(day(24))).isFalse();
        assertThat(listed.needsWrittenExplanationAt(day(26))).isTrue();
        assertThat(listed.isOverdueAt(day(26))).isTrue();

        HiddenHazard explained = listed.explain(SAFETY_OFFICER, "设备到货延误，申请延期至8月10日", day(26));

        assertThat(explained.needsWrittenExplanationAt(day(27))).isFalse();
        assertThat(explained.state()).isEqualTo(HazardState.RECTIFYING);
        assertThat(explained.isOverdueAt(day(27))).isTrue();
        assertThat(explained.explanations()).hasSize(1);
    }

    @Test
    void aListedHazardThatFailsAcceptanceNeedsAWrittenExplanation() {
        HiddenHazard listed = rectifyingMajor().superviseUnder(countyListing(day(40)), INSPECTOR, day(4));
        HiddenHazard failed = verifying(listed).reject(SECOND_INSPECTOR, "联锁未调试", day(8));

        assertThat(failed.needsWrittenExplanationAt(day(9))).isTrue();
        assertThat(failed.explain(SAFETY_OFFICER, "已重新调试", day(9)).needsWrittenExplanationAt(day(10))).isFalse();
    }

    @Test
    void anExplanationMadeBeforeTheDeadlineDoesNotCoverTheOverdue() {
        HiddenHazard listed = rectifyingMajor().superviseUnder(countyListing(day(25)), INSPECTOR, day(4))
                .explain(SAFETY_OFFICER, "进度说明", day(10));

        assertThat(listed.needsWrittenExplanationAt(day(26))).isTrue();
    }

    @Test
    void anUnlistedHazardOwesNoWrittenExplanation() {
        assertThat(rectifyingGeneral().needsWrittenExplanationAt(day(30))).isFalse();
    }

    @Test
    void thePeriodsAreConfigurable() {
        HazardDeadlinePolicy strict = new HazardDeadlinePolicy(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(1));

        assertThat(strict.statusOf(rectifyingGeneral(), day(8)).state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(strict.statusOf(rectifyingGeneral(), day(12).plusSeconds(1)).escalation())
                .contains(EscalationTier.COUNTY_DEPARTMENT);
    }
}
