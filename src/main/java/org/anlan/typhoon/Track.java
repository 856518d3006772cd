package org.anlan.typhoon;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A tropical cyclone's track as one agency analysed it: fixes in strictly increasing time.
 *
 * @param agency  CMA or JMA
 * @param number  international number (e.g. 1909), or the agency's own id when it has none
 * @param name    English name as written in the file, "(nameless)" when none
 */
public record Track(String agency, String number, String name, List<TrackFix> fixes) {

    public Track {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        fixes = List.copyOf(fixes);
        if (fixes.isEmpty()) {
            throw new IllegalArgumentException("a track needs at least one fix");
        }
        for (int i = 1; i < fixes.size(); i++) {
            if (!fixes.get(i).time().isAfter(fixes.get(i - 1).time())) {
                throw new IllegalArgumentException("fixes must be in strictly increasing time: " + fixes.get(i).time()
                        + " follows " + fixes.get(i - 1).time());
            }
        }
    }

    public OptionalInt minPressureHpa() {
        return fixes.stream().filter(f -> f.pressureHpa() != null).mapToInt(TrackFix::pressureHpa).min();
    }

    public Instant start() {
        return fixes.get(0).time();
    }

    public Instant end() {
        return fixes.get(fixes.size() - 1).time();
    }

    public boolean hasRadii() {
        return fixes.stream().anyMatch(TrackFix::hasRadii);
    }
}
