package org.anlan.vessel;

/** Which vessels to list; a null field does not filter. */
public record VesselFilter(String townshipCode, VesselKind kind, String homePort, String text, VesselFlag flag,
                           int limit) {

    public static final int MAX_LIMIT = 5000;

    public VesselFilter {
        limit = limit <= 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    VesselFilter inTownship(String code) {
        return new VesselFilter(code, kind, homePort, text, flag, limit);
    }
}
