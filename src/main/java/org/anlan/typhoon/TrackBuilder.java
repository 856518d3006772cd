package org.anlan.typhoon;

import java.util.ArrayList;
import java.util.List;

/** Collects one track's fixes as a reader meets them, refusing a fix that does not follow the previous one in time. */
final class TrackBuilder {

    static final int MAX_FIXES = 2_000;

    private final String agency;
    private final String number;
    private final String name;
    private final List<TrackFix> fixes = new ArrayList<>();

    TrackBuilder(String agency, String number, String name) {
        this.agency = agency;
        this.number = number;
        this.name = name == null || name.isBlank() ? "(nameless)" : name.strip();
    }

    void add(TrackFiles.Line line, TrackFix fix) {
        if (fixes.size() >= MAX_FIXES) {
            throw new TrackFileException("TRACK_TOO_MANY_FIXES", line.number(),
                    "track " + number + " has more than " + MAX_FIXES + " fixes");
        }
        if (!fixes.isEmpty() && !fix.time().isAfter(fixes.get(fixes.size() - 1).time())) {
            throw new TrackFileException("TRACK_TIME_ORDER", line.number(), "time " + fix.time()
                    + " does not follow the previous fix of track " + number + " (" + fixes.get(fixes.size() - 1).time() + ")");
        }
        fixes.add(fix);
    }

    int size() {
        return fixes.size();
    }

    boolean isEmpty() {
        return fixes.isEmpty();
    }

    Track build() {
        return new Track(agency, number, name, fixes);
    }
}
