package org.anlan.incident;

import static org.anlan.incident.ObligationState.DUE;
import static org.anlan.incident.ObligationState.MET;
import static org.anlan.incident.ObligationState.OVERDUE;
import static org.anlan.incident.ReportChannel.PHONE;
import static org.anlan.incident.ReportChannel.WRITTEN;
import static org.anlan.incident.ReportKind.FINAL;
import static org.anlan.incident.ReportKind.FOLLOW_UP;
import static org.anlan.incident.ReportKind.INITIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 信息报送时限 with fixed instants: the county learns of an incident at 10:00 Beijing time on 1 August 2025. */
class ReportingDeadlinePolicyTest {

    private static final Instant LEARNED = Instant.parse("2025-08-01T02:00:00Z");
    private static final ReportingDeadlinePolicy DEFAULTS = ReportingDeadlinePolicy.defaults();

    private static Instant minutes(long m) {
        return LEARNED.plus(Duration.ofMinutes(m));
    }

    private static Instant hours(long h) {
        return LEARNED.plus(Duration.ofHours(h));
    }

    private static FiledReport filed(ReportKind kind, ReportChannel channel, Instant at) {
        return new FiledReport(kind, channel, at);
    }

    private static Obligation due(ReportKind kind, ReportChannel channel, Instant dueAt) {
        return new Obligation(kind, channel, dueAt, DUE, null);
    }

    private static Obligation overdue(ReportKind kind, ReportChannel channel, Instant dueAt) {
        return new Obligation(kind, channel, dueAt, OVERDUE, null);
    }

    private static Obligation met(ReportKind kind, ReportChannel channel, Instant dueAt, Instant metAt) {
        return new Obligation(kind, channel, dueAt, MET, metAt);
    }

    private static List<Obligation> open(Severity severity, List<FiledReport> filed, Instant now) {
        return DEFAULTS.obligations(severity, LEARNED, null, filed, now);
    }

    @Test
    void aLargerIncidentJustLearnedOwesAPhoneCallInHalfAnHourAWrittenReportInAnHourAndAFollowUpNextDay() {
        assertThat(open(Severity.III, List.of(), LEARNED)).containsExactly(
                due(INITIAL, PHONE, minutes(30)),
                due(INITIAL, WRITTEN, minutes(60)),
                due(FOLLOW_UP, WRITTEN, hours(25)));
    }

    @Test
    void everyLevelFromOneToThreeHasTheSameDefaultDeadlines() {
        assertThat(DEFAULTS.deadlines(Severity.I)).isEqualTo(DEFAULTS.deadlines(Severity.III))
                .isEqualTo(DEFAULTS.deadlines(Severity.II))
                .containsExactly(
                        new ReportingDeadline(INITIAL, PHONE, Duration.ofMinutes(30)),
                        new ReportingDeadline(INITIAL, WRITTEN, Duration.ofMinutes(60)),
                        new ReportingDeadline(FOLLOW_UP, WRITTEN, Duration.ofHours(24)),
                        new ReportingDeadline(FINAL, WRITTEN, Duration.ofDays(7)));
    }

    @Test
    void aGeneralIncidentOwesOnlyAWrittenReportInTwoHoursAndNoFollowUps() {
        assertThat(open(Severity.IV, List.of(), hours(100))).containsExactly(overdue(INITIAL, WRITTEN, minutes(120)));
    }

    @Test
    void aReportIsDueUpToItsDeadlineAndOverdueRightAfter() {
        assertThat(open(Severity.II, List.of(), minutes(30)).get(0)).isEqualTo(due(INITIAL, PHONE, minutes(30)));
        assertThat(open(Severity.II, List.of(), minutes(30).plusSeconds(1)).get(0))
                .isEqualTo(overdue(INITIAL, PHONE, minutes(30)));
    }

    @Test
    void aPhoneCallMeetsThePhoneDeadlineButNotTheWrittenOne() {
        List<FiledReport> filed = List.of(filed(INITIAL, PHONE, minutes(20)));

        assertThat(open(Severity.III, filed, minutes(61))).containsExactly(
                met(INITIAL, PHONE, minutes(30), minutes(20)),
                overdue(INITIAL, WRITTEN, minutes(60)),
                due(FOLLOW_UP, WRITTEN, hours(25)));
    }

    @Test
    void aWrittenInitialReportAlsoMeetsThePhoneDeadline() {
        List<FiledReport> filed = List.of(filed(INITIAL, WRITTEN, minutes(25)));

        assertThat(open(Severity.I, filed, minutes(40))).startsWith(
                met(INITIAL, PHONE, minutes(30), minutes(25)),
                met(INITIAL, WRITTEN, minutes(60), minutes(25)));
    }

    @Test
    void aLateReportStillMeetsItsDeadlineAndShowsItWasLate() {
        List<FiledReport> filed = List.of(filed(INITIAL, PHONE, minutes(45)), filed(INITIAL, PHONE, minutes(35)));

        Obligation phone = open(Severity.III, filed, minutes(50)).get(0);

        assertThat(phone).isEqualTo(met(INITIAL, PHONE, minutes(30), minutes(35)));
        assertThat(phone.metLate()).isTrue();
    }

    @Test
    void aReportOfAnotherKindDoesNotCount() {
        List<FiledReport> filed = List.of(filed(FOLLOW_UP, WRITTEN, minutes(10)), filed(FINAL, WRITTEN, minutes(11)));

        assertThat(open(Severity.IV, filed, minutes(20))).containsExactly(due(INITIAL, WRITTEN, minutes(120)));
    }

    @Test
    void followUpsFallDueEveryDayAfterTheWrittenInitialReportWasDueAndOnlyTheNextOneIsListedAhead() {
        assertThat(open(Severity.III, List.of(filed(INITIAL, WRITTEN, minutes(50))), hours(72)))
                .filteredOn(o -> o.kind() == FOLLOW_UP)
                .containsExactly(
                        overdue(FOLLOW_UP, WRITTEN, hours(25)),
                        overdue(FOLLOW_UP, WRITTEN, hours(49)),
                        due(FOLLOW_UP, WRITTEN, hours(73)));
    }

    @Test
    void eachFollowUpIsMetByItsOwnReportEvenALateOne() {
        List<FiledReport> filed = List.of(filed(FOLLOW_UP, WRITTEN, hours(24)), filed(FOLLOW_UP, WRITTEN, hours(50)));

        assertThat(open(Severity.III, filed, hours(60))).filteredOn(o -> o.kind() == FOLLOW_UP).containsExactly(
                met(FOLLOW_UP, WRITTEN, hours(25), hours(24)),
                met(FOLLOW_UP, WRITTEN, hours(49), hours(50)),
                due(FOLLOW_UP, WRITTEN, hours(73)));
    }

    @Test
    void followUpsCannotBeFiledInAdvanceForLaterDays() {
        List<FiledReport> filed = List.of(filed(FOLLOW_UP, WRITTEN, hours(2)), filed(FOLLOW_UP, WRITTEN, hours(3)));

        assertThat(open(Severity.III, filed, hours(30))).filteredOn(o -> o.kind() == FOLLOW_UP).containsExactly(
                met(FOLLOW_UP, WRITTEN, hours(25), hours(2)),
                due(FOLLOW_UP, WRITTEN, hours(49)));
    }

    @Test
    void aFollowUpMetAheadOfTimeBringsTheNextOneIntoView() {
        List<FiledReport> filed = List.of(filed(FOLLOW_UP, WRITTEN, hours(10)));

        assertThat(open(Severity.III, filed, hours(12))).filteredOn(o -> o.kind() == FOLLOW_UP).containsExactly(
                met(FOLLOW_UP, WRITTEN, hours(25), hours(10)),
                due(FOLLOW_UP, WRITTEN, hours(49)));
    }

    @Test
    void theFinalReportIsOwedOnlyOnceTheIncidentIsClosed() {
        assertThat(open(Severity.III, List.of(), hours(24 * 30))).extracting(Obligation::kind).doesNotContain(FINAL);

        Instant closed = hours(30);
        assertThat(DEFAULTS.obligations(Severity.III, LEARNED, closed, List.of(), hours(8 * 24)))
                .contains(due(FINAL, WRITTEN, closed.plus(Duration.ofDays(7))));
        assertThat(DEFAULTS.obligations(Severity.IV, LEARNED, closed, List.of(), hours(9 * 24)))
                .contains(overdue(FINAL, WRITTEN, closed.plus(Duration.ofDays(7))));
    }

    @Test
    void closingTheIncidentStopsFollowUpsButKeepsThoseAlreadyOwed() {
        Instant closed = hours(50);
        List<FiledReport> filed = List.of(
                filed(INITIAL, WRITTEN, minutes(20)),
                filed(FOLLOW_UP, WRITTEN, hours(24)),
                filed(FINAL, WRITTEN, hours(70)));

        assertThat(DEFAULTS.obligations(Severity.II, LEARNED, closed, filed, hours(24 * 20))).containsExactly(
                met(INITIAL, PHONE, minutes(30), minutes(20)),
                met(INITIAL, WRITTEN, minutes(60), minutes(20)),
                met(FOLLOW_UP, WRITTEN, hours(25), hours(24)),
                overdue(FOLLOW_UP, WRITTEN, hours(49)),
                met(FINAL, WRITTEN, closed.plus(Duration.ofDays(7)), hours(70)));
    }

    @Test
    void anIncidentClosedBeforeTheFirstFollowUpOwesNone() {
        assertThat(DEFAULTS.obligations(Severity.III, LEARNED, hours(3), List.of(), hours(4)))
                .extracting(Obligation::kind).containsExactly(INITIAL, INITIAL, FINAL);
    }

    @Test
    void anUpgradeAppliesTheStricterDeadlinesFromWhenTheCountyLearned() {
        List<FiledReport> beforeUpgrade = List.of();
        assertThat(open(Severity.IV, beforeUpgrade, minutes(20))).containsExactly(due(INITIAL, WRITTEN, minutes(120)));

        // upgraded to 较大 at 10:45: the half-hour phone call is already late, the written report due at 11:00
        assertThat(open(Severity.III, beforeUpgrade, minutes(45))).containsExactly(
                overdue(INITIAL, PHONE, minutes(30)),
                due(INITIAL, WRITTEN, minutes(60)),
                due(FOLLOW_UP, WRITTEN, hours(25)));
    }

    @Test
    void aWrittenReportFiledBeforeAnUpgradeStillCounts() {
        List<FiledReport> filed = List.of(filed(INITIAL, WRITTEN, minutes(25)));

        assertThat(open(Severity.II, filed, minutes(45))).startsWith(
                met(INITIAL, PHONE, minutes(30), minutes(25)),
                met(INITIAL, WRITTEN, minutes(60), minutes(25)));
    }

    @Test
    void theTableAndTheIntervalAreConfigurable() {
        Map<Severity, List<ReportingDeadline>> table = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            table.put(severity, List.of());
        }
        table.put(Severity.IV, List.of(
                new ReportingDeadline(INITIAL, PHONE, Duration.ofMinutes(60)),
                new ReportingDeadline(INITIAL, WRITTEN, Duration.ofMinutes(90)),
                new ReportingDeadline(FOLLOW_UP, WRITTEN, Duration.ofHours(12))));
        ReportingDeadlinePolicy policy = new ReportingDeadlinePolicy(table, Duration.ofHours(6));

        assertThat(policy.obligations(Severity.IV, LEARNED, null, List.of(), hours(19))).containsExactly(
                overdue(INITIAL, PHONE, minutes(60)),
                overdue(INITIAL, WRITTEN, minutes(90)),
                overdue(FOLLOW_UP, WRITTEN, minutes(90 + 12 * 60)),
                due(FOLLOW_UP, WRITTEN, minutes(90 + 18 * 60)));
        assertThat(policy.obligations(Severity.I, LEARNED, null, List.of(), hours(20))).isEmpty();
    }

    @Test
    void followUpsOfALevelWithoutAWrittenInitialReportCountFromWhenTheCountyLearned() {
        Map<Severity, List<ReportingDeadline>> table = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            table.put(severity, List.of(new ReportingDeadline(FOLLOW_UP, PHONE, Duration.ofHours(2))));
        }
        ReportingDeadlinePolicy policy = new ReportingDeadlinePolicy(table, Duration.ofHours(1));

        assertThat(policy.obligations(Severity.III, LEARNED, null, List.of(filed(FOLLOW_UP, WRITTEN, hours(1))), hours(3)))
                .containsExactly(
                        met(FOLLOW_UP, PHONE, hours(2), hours(1)),
                        due(FOLLOW_UP, PHONE, hours(3)));
    }

    @Test
    void aPolicyNeedsEveryLevelDistinctRowsAndAnIntervalOfAtLeastAMinute() {
        Map<Severity, List<ReportingDeadline>> missingOne = new EnumMap<>(Severity.class);
        missingOne.put(Severity.I, List.of());
        assertThatThrownBy(() -> new ReportingDeadlinePolicy(missingOne, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("II");

        Map<Severity, List<ReportingDeadline>> twice = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            twice.put(severity, List.of(new ReportingDeadline(INITIAL, PHONE, Duration.ofMinutes(30)),
                    new ReportingDeadline(INITIAL, PHONE, Duration.ofMinutes(45))));
        }
        assertThatThrownBy(() -> new ReportingDeadlinePolicy(twice, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");

        Map<Severity, List<ReportingDeadline>> empty = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            empty.put(severity, List.of());
        }
        assertThatThrownBy(() -> new ReportingDeadlinePolicy(empty, Duration.ofSeconds(59)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingDeadline(INITIAL, PHONE, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePolicyKeepsItsOwnCopyOfTheTable() {
        Map<Severity, List<ReportingDeadline>> table = new EnumMap<>(Severity.class);
        List<ReportingDeadline> general = new ArrayList<>(List.of(new ReportingDeadline(INITIAL, WRITTEN, Duration.ofHours(2))));
        for (Severity severity : Severity.values()) {
            table.put(severity, general);
        }
        ReportingDeadlinePolicy policy = new ReportingDeadlinePolicy(table, Duration.ofHours(24));
        general.clear();

        assertThat(policy.deadlines(Severity.IV)).hasSize(1);
    }

    @Test
    void anIncidentCannotCloseBeforeTheCountyLearnedOfIt() {
        assertThatThrownBy(() -> DEFAULTS.obligations(Severity.IV, LEARNED, minutes(-1), List.of(), hours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anObligationHasAMetTimeExactlyWhenItIsMet() {
        assertThatThrownBy(() -> new Obligation(INITIAL, PHONE, LEARNED, MET, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Obligation(INITIAL, PHONE, LEARNED, DUE, LEARNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(met(INITIAL, PHONE, minutes(30), minutes(30)).metLate()).isFalse();
    }
}
