package org.anlan.typhoon;

import java.time.Instant;
import java.util.UUID;

/** A stored track without its fixes: who analysed it, where it came from, its extent in time and depth. */
public record TrackSummary(UUID id, String agency, String number, String name, TrackFormat sourceFormat,
                           String sourceName, int fixCount, Integer minPressureHpa, Instant firstFix, Instant lastFix,
                           Instant importedAt, String importedBy) {

    public TrackId trackId() {
        return new TrackId(id);
    }
}
