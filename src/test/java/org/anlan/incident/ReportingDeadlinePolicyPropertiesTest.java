package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever was filed and whenever we look, the obligations are consistent. */
class ReportingDeadlinePolicyPropertiesTest {

    private static final Instant LEARNED = Instant.parse("2025-08-01T02:00:00Z");
    private static final ReportingDeadlinePolicy DEFAULTS = ReportingDeadlinePolicy.defaults();

    @Property
    void obligationsAreConsistentWithWhatWasFiledAndWithNow(
            @ForAll Severity severity,
            @ForAll @Size(max = 8) List<@net.jqwik.api.From("reports") FiledReport> filed,
            @ForAll @IntRange(max = 24 * 60 * 10) int nowMinutes,
            @ForAll @IntRange(min = -1, max = 24 * 60 * 10) int closedMinutes) {
        Instant now = LEARNED.plus(Duration.ofMinutes(nowMinutes));
        Instant closedAt = closedMinutes < 0 ? null : LEARNED.plus(Duration.ofMinutes(closedMinutes));
        Set<Instant> filedAt = filed.stream().map(FiledReport::filedAt).collect(Collectors.toSet());

        List<Obligation> obligations = DEFAULTS.obligations(severity, LEARNED, closedAt, filed, now);

        assertThat(obligations).isSortedAccordingTo(java.util.Comparator.comparing(Obligation::dueAt));
        // the overdue sweep skips incidents learned of within the shortest deadline: none of them owes anything yet
        assertThat(obligations).allSatisfy(o -> assertThat(o.dueAt()).isAfterOrEqualTo(LEARNED.plus(DEFAULTS.shortestDeadline())));
        assertThat(obligations).allSatisfy(o -> {
            switch (o.state()) {
                case MET -> assertThat(filedAt).contains(o.metAt());
                case OVERDUE -> assertThat(now).isAfter(o.dueAt());
                case DUE -> assertThat(now).isBeforeOrEqualTo(o.dueAt());
            }
        });
        assertThat(obligations).filteredOn(o -> o.kind() == ReportKind.FOLLOW_UP && o.state() == ObligationState.DUE)
                .hasSizeLessThanOrEqualTo(1);
        assertThat(obligations.stream().anyMatch(o -> o.kind() == ReportKind.FINAL)).isEqualTo(closedAt != null);
        if (closedAt != null) {
            assertThat(obligations).filteredOn(o -> o.kind() == ReportKind.FOLLOW_UP)
                    .allSatisfy(o -> assertThat(o.dueAt()).isBeforeOrEqualTo(closedAt));
        }
    }

    @org.junit.jupiter.api.Test
    void theShortestDefaultDeadlineIsTheInitialPhoneReport() {
        assertThat(DEFAULTS.shortestDeadline()).isEqualTo(Duration.ofMinutes(30));
    }

    @Property
    void aHigherLevelNeverOwesFewerInitialReports(@ForAll @IntRange(max = 600) int nowMinutes) {
        Instant now = LEARNED.plus(Duration.ofMinutes(nowMinutes));
        long general = DEFAULTS.obligations(Severity.IV, LEARNED, null, List.of(), now).stream()
                .filter(o -> o.kind() == ReportKind.INITIAL && o.state() == ObligationState.OVERDUE).count();
        long larger = DEFAULTS.obligations(Severity.III, LEARNED, null, List.of(), now).stream()
                .filter(o -> o.kind() == ReportKind.INITIAL && o.state() == ObligationState.OVERDUE).count();

        assertThat(larger).isGreaterThanOrEqualTo(general);
    }

    @Provide
    Arbitrary<FiledReport> reports() {
        return Combinators.combine(
                        Arbitraries.of(ReportKind.class),
                        Arbitraries.of(ReportChannel.class),
                        Arbitraries.integers().between(0, 24 * 60 * 10))
                .as((kind, channel, minute) -> new FiledReport(kind, channel, LEARNED.plus(Duration.ofMinutes(minute))));
    }
}
