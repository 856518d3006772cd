package org.anlan.vessel.ais;

/**
 * Encodes position reports as single NMEA sentences ({@code !AIVDM}), for synthetic streams, replays and tests.
 * The inverse of the decoder's scaling: degrees to 1/10000 minute, knots and degrees to tenths.
 */
public final class PositionSentences {

    /**
     * The motion fields of one report. {@code sog} NaN encodes "not available" (1023), {@code cog} NaN encodes
     * 360; {@code heading} 511 is "not available".
     */
    public record Report(int type, long mmsi, int status, double lat, double lon, double sog, double cog,
            int heading, int second) {

        public Report {
            if (type != 1 && type != 2 && type != 3 && type != 18) {
                throw new IllegalArgumentException("types 1, 2, 3 and 18 only");
            }
            if (mmsi < 0 || mmsi >= 1L << 30 || status < 0 || status > 15 || heading < 0 || heading > 511
                    || second < 0 || second > 63) {
                throw new IllegalArgumentException("field out of range");
            }
        }
    }

    private PositionSentences() {
    }

    public static String encode(Report report, char channel) {
        long[] bits = new long[3];
        int at = put(bits, 0, 6, report.type());
        at = put(bits, at, 2, 0);
        at = put(bits, at, 30, report.mmsi());
        int speed = Double.isNaN(report.sog()) ? 1023 : (int) Math.min(1022, Math.round(report.sog() * 10));
        int course = Double.isNaN(report.cog()) ? 3600 : (int) Math.round(report.cog() * 10) % 3600;
        long lon = Math.round(report.lon() * 600_000);
        long lat = Math.round(report.lat() * 600_000);
        if (report.type() == 18) {
            at = put(bits, at, 8, 0);
            at = put(bits, at, 10, speed);
            at = put(bits, at, 1, 1);
            at = put(bits, at, 28, lon);
            at = put(bits, at, 27, lat);
            at = put(bits, at, 12, course);
            at = put(bits, at, 9, report.heading());
            at = put(bits, at, 6, report.second());
            at = put(bits, at, 2, 0);
            at = put(bits, at, 1, 1);
        } else {
            at = put(bits, at, 4, report.status());
            at = put(bits, at, 8, -128);
            at = put(bits, at, 10, speed);
            at = put(bits, at, 1, 1);
            at = put(bits, at, 28, lon);
            at = put(bits, at, 27, lat);
            at = put(bits, at, 12, course);
            at = put(bits, at, 9, report.heading());
            at = put(bits, at, 6, report.second());
        }
        return sentence(armor(bits, 168), 0, channel);
    }

    /** {@code !AIVDM,1,1,,channel,payload,fill*hh}. */
    public static String sentence(String payload, int fillBits, char channel) {
        String body = "AIVDM,1,1,," + channel + "," + payload + "," + fillBits;
        return "!" + body + "*" + checksum(body);
    }

    /** Two uppercase hex digits: the XOR of every character between '!' and '*'. */
    public static String checksum(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum ^= body.charAt(i);
        }
        return String.format("%02X", sum);
    }

    /** Six-bit armor of the first {@code bitLength} bits (a multiple of six). */
    static String armor(long[] bits, int bitLength) {
        var text = new StringBuilder(bitLength / 6);
        for (int at = 0; at < bitLength; at += 6) {
            int value = (int) FastPositionPath.unsigned(withSpare(bits), at, 6);
            text.append((char) (value < 40 ? value + '0' : value + '8'));
        }
        return text.toString();
    }

    private static long[] withSpare(long[] bits) {
        long[] spare = new long[bits.length + 1];
        System.arraycopy(bits, 0, spare, 0, bits.length);
        return spare;
    }

    private static int put(long[] bits, int at, int length, long value) {
        for (int i = 0; i < length; i++) {
            long bit = value >>> (length - 1 - i) & 1;
            int position = at + i;
            bits[position >>> 6] |= bit << (63 - (position & 63));
        }
        return at + length;
    }
}
