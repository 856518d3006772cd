package org.anlan.vessel.ais;

/**
 * The allocation-free path for the bulk of any AIS feed: a bare single-sentence {@code !xxVDM}/{@code !xxVDO}
 * line (no tag block, no surrounding blanks) whose payload is a type 1, 2, 3 or 18 report of at least 168 bits.
 * It applies the same checks as {@link SentenceParser} and reads the same bits as {@link PositionReports}; any
 * line it does not fully accept goes the general way, which then decides (and counts) exactly as before.
 */
final class FastPositionPath {

    private static final int POSITION_BITS = 168;
    private static final int POSITION_CHARS = POSITION_BITS / 6;

    private final long[] words = new long[4];

    /** Fills {@code report} and returns its type, or returns 0 when the line must go the general way. */
    int decode(String line, PositionReport report) {
        int length = line.length();
        if (length < 15 || length > SentenceParser.MAX_LINE_LENGTH || line.charAt(0) != '!'
                || line.charAt(1) == '*' || line.charAt(2) == '*') {
            return 0;
        }
        int star = length - 3;
        if (line.charAt(star) != '*' || line.charAt(3) != 'V' || line.charAt(4) != 'D'
                || (line.charAt(5) != 'M' && line.charAt(5) != 'O') || line.charAt(6) != ','
                || line.charAt(7) != '1' || line.charAt(8) != ',' || line.charAt(9) != '1'
                || line.charAt(10) != ',') {
            return 0;
        }
        int expected = hex(line.charAt(star + 1)) << 4 | hex(line.charAt(star + 2));
        int sum = 0;
        for (int i = 1; i < star; i++) {
            sum ^= line.charAt(i);
        }
        if (expected != sum) {
            return 0;
        }
        int at = 11;
        if (line.charAt(at) != ',') {
            if (!isDigit(line.charAt(at)) || line.charAt(at + 1) != ',') {
                return 0;
            }
            at++;
        }
        at++;
        if (line.charAt(at) != ',') {
            if (!isAsciiLetterOrDigit(line.charAt(at)) || line.charAt(at + 1) != ',') {
                return 0;
            }
            at++;
        }
        int payloadStart = at + 1;
        int payloadEnd = payloadStart;
        long[] w = words;
        w[0] = 0;
        w[1] = 0;
        w[2] = 0;
        while (payloadEnd < star) {
            char c = line.charAt(payloadEnd);
            if (c == ',') {
                break;
            }
            int value = SixBitPayload.value(c);
            if (value < 0) {
                return 0;
            }
            int index = payloadEnd - payloadStart;
            if (index < POSITION_CHARS) {
                put(w, index * 6, value);
            }
            payloadEnd++;
        }
        if (payloadEnd + 2 != star || line.charAt(payloadEnd) != ',') {
            return 0;
        }
        int fill = line.charAt(payloadEnd + 1) - '0';
        int payloadLength = payloadEnd - payloadStart;
        if (fill < 0 || fill > 5 || payloadLength * 6 - fill < POSITION_BITS) {
            return 0;
        }
        int type = (int) unsigned(w, 0, 6);
        if (type == 18) {
            classB(w, report);
        } else if (type >= 1 && type <= 3) {
            classA(w, report);
        } else {
            return 0;
        }
        report.type = type;
        report.repeat = (int) unsigned(w, 6, 2);
        report.mmsi = unsigned(w, 8, 30);
        report.bits0 = w[0];
        report.bits1 = w[1];
        report.bits2 = w[2];
        report.filled = true;
        return type;
    }

    private static void classA(long[] w, PositionReport report) {
        report.status = (int) unsigned(w, 38, 4);
        report.turn = (int) signed(w, 42, 8);
        report.speedTenths = (int) unsigned(w, 50, 10);
        report.accuracy = unsigned(w, 60, 1) == 1;
        report.lonRaw = (int) signed(w, 61, 28);
        report.latRaw = (int) signed(w, 89, 27);
        report.courseTenths = (int) unsigned(w, 116, 12);
        report.heading = (int) unsigned(w, 128, 9);
        report.second = (int) unsigned(w, 137, 6);
    }

    private static void classB(long[] w, PositionReport report) {
        report.status = 15;
        report.turn = -128;
        report.speedTenths = (int) unsigned(w, 46, 10);
        report.accuracy = unsigned(w, 56, 1) == 1;
        report.lonRaw = (int) signed(w, 57, 28);
        report.latRaw = (int) signed(w, 85, 27);
        report.courseTenths = (int) unsigned(w, 112, 12);
        report.heading = (int) unsigned(w, 124, 9);
        report.second = (int) unsigned(w, 133, 6);
    }

    /** Writes six bits at bit position {@code at}, MSB first, across a word boundary when needed. */
    private static void put(long[] w, int at, long value) {
        int word = at >>> 6;
        int room = 64 - (at & 63);
        if (room >= 6) {
            w[word] |= value << (room - 6);
        } else {
            w[word] |= value >>> (6 - room);
            w[word + 1] |= value << (58 + room);
        }
    }

    static long unsigned(long[] w, int start, int length) {
        int word = start >>> 6;
        int offset = start & 63;
        long combined = w[word] << offset;
        if (offset != 0) {
            combined |= w[word + 1] >>> (64 - offset);
        }
        return combined >>> (64 - length);
    }

    private static long signed(long[] w, int start, int length) {
        long raw = unsigned(w, start, length);
        return (raw & 1L << (length - 1)) != 0 ? raw - (1L << length) : raw;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -256;
    }
}
