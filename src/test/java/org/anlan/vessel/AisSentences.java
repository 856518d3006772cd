package org.anlan.vessel;

/** Encodes class A position reports (type 1) as single !AIVDM sentences for the ingestion tests. */
final class AisSentences {

    private AisSentences() {
    }

    static String positionReport(int mmsi, double lat, double lon, double sogKnots, double cogDegrees) {
        long[] fields = {1, 0, mmsi, 0, -128, Math.round(sogKnots * 10), 1, Math.round(lon * 600_000),
                Math.round(lat * 600_000), Math.round(cogDegrees * 10), 511, 60, 0, 0, 0, 0};
        int[] widths = {6, 2, 30, 4, 8, 10, 1, 28, 27, 12, 9, 6, 2, 3, 1, 19};
        StringBuilder bits = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            long value = fields[i] & ((1L << widths[i]) - 1);
            for (int b = widths[i] - 1; b >= 0; b--) {
                bits.append((value >> b & 1) == 1 ? '1' : '0');
            }
        }
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < bits.length(); i += 6) {
            int v = Integer.parseInt(bits.substring(i, i + 6), 2);
            payload.append((char) (v < 40 ? v + 48 : v + 56));
        }
        String body = "AIVDM,1,1,,A," + payload + ",0";
        return "!" + body + "*" + checksum(body);
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
