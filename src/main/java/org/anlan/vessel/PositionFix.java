package org.anlan.vessel;

import java.time.Instant;

/**
 * One position report as it arrives: from an AIS transponder (keyed by MMSI) or a Beidou terminal (keyed by its
 * id). Speed in knots and course in degrees are null when the report does not carry them.
 */
public record PositionFix(TerminalKind source, Integer mmsi, String beidouTerminal, Instant at, double lat, double lon,
                          Double sog, Double cog) {

    public PositionFix {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position out of range");
        }
        if (sog != null && !(sog >= 0 && sog < 102.3)) {
            sog = null;
        }
        if (cog != null && !(cog >= 0 && cog < 360)) {
            cog = null;
        }
    }

    public static PositionFix ais(int mmsi, Instant at, double lat, double lon, Double sog, Double cog) {
        return new PositionFix(TerminalKind.AIS, mmsi, null, at, lat, lon, sog, cog);
    }

    public static PositionFix beidou(String terminal, Instant at, double lat, double lon, Double sog, Double cog) {
        return new PositionFix(TerminalKind.BEIDOU, null, terminal, at, lat, lon, sog, cog);
    }
}
