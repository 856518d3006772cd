package org.anlan.vessel;

import org.anlan.vessel.ais.PositionSentences;

/** Class A position reports (type 1) for the ingestion tests, optionally behind a tag block with the receive time. */
final class AisSentences {

    private AisSentences() {
    }

    static String positionReport(int mmsi, double lat, double lon, double sogKnots, double cogDegrees) {
        return PositionSentences.encode(new PositionSentences.Report(1, mmsi, 0, lat, lon, sogKnots, cogDegrees, 511, 60),
                'A');
    }

    /** The sentence behind a tag block giving its receive time ({@code c:} UNIX seconds). */
    static String tagged(long epochSeconds, String sentence) {
        String block = "c:" + epochSeconds;
        return "\\" + block + "*" + checksum(block) + "\\" + sentence;
    }

    private static String checksum(String body) {
        int checksum = 0;
        for (char c : body.toCharArray()) {
            checksum ^= c;
        }
        return String.format("%02X", checksum);
    }
}
