package org.anlan.warning;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Lead time (预警提前量) per warning — from its first issue to the observed onset of the hazard — and in aggregate
 * against the plan's 60-minute target for severe weather.
 */
public record LeadTimeReport(long targetMinutes, int warnings, int meetingTarget, Double meanMinutes,
                             Long medianMinutes, Long minimumMinutes, List<Entry> entries) {

    static final Duration TARGET = Duration.ofMinutes(60);

    public record Entry(UUID warningId, String eventName, String level, long leadMinutes, boolean meetsTarget) {
    }

    static LeadTimeReport of(List<Warning> warnings) {
        List<Entry> entries = warnings.stream().map(w -> new Entry(w.id(), w.content().eventName(), w.level().name(),
                w.leadTimeMinutes(), w.leadTimeMinutes() >= TARGET.toMinutes())).toList();
        long[] minutes = entries.stream().mapToLong(Entry::leadMinutes).sorted().toArray();
        int meeting = (int) entries.stream().filter(Entry::meetsTarget).count();
        return new LeadTimeReport(TARGET.toMinutes(), entries.size(), meeting,
                minutes.length == 0 ? null : java.util.Arrays.stream(minutes).average().orElseThrow(),
                minutes.length == 0 ? null : minutes[(minutes.length - 1) / 2],
                minutes.length == 0 ? null : minutes[0], entries);
    }

    public double shareMeetingTarget() {
        return warnings == 0 ? 0.0 : (double) meetingTarget / warnings;
    }
}
