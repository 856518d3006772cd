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

    private static final byte[] ARMOR = new byte[128];

    static {
        for (char c = 0; c < ARMOR.length; c++) {
            ARMOR[c] = (byte) SixBitPayload.value(c);
        }
    }

    /**
     * Fills {@code report} and returns its type, or returns 0 when the line must go the general way. One pass:
     * the checksum is accumulated while the fields are checked, and the first 168 payload bits are gathered in
     * three accumulators of 10, 10 and 8 characters.
     */
    int decode(String line, PositionReport report) {
        int length = line.length();
        if (length < 15 + POSITION_CHARS || length > SentenceParser.MAX_LINE_LENGTH || line.charAt(0) != '!') {
            return 0;
        }
        int star = length - 3;
        char talker1 = line.charAt(1);
        char talker2 = line.charAt(2);
        char kind = line.charAt(5);
        if (line.charAt(star) != '*' || talker1 == '*' || talker2 == '*' || line.charAt(3) != 'V'
                || line.charAt(4) != 'D' || (kind != 'M' && kind != 'O') || line.charAt(6) != ','
                || line.charAt(7) != '1' || line.charAt(8) != ',' || line.charAt(9) != '1'
                || line.charAt(10) != ',') {
            return 0;
        }
        // ',' ^ '1' ^ ',' ^ '1' ^ ',' is ','.
        int sum = talker1 ^ talker2 ^ 'V' ^ 'D' ^ kind ^ ',';
        int at = 11;
        char c = line.charAt(at);
        if (c != ',') {
            if (!isDigit(c) || line.charAt(at + 1) != ',') {
                return 0;
            }
            sum ^= c;
            at++;
        }
        sum ^= ',';
        c = line.charAt(++at);
        if (c != ',') {
            if (!isAsciiLetterOrDigit(c) || line.charAt(at + 1) != ',') {
                return 0;
            }
            sum ^= c;
            at++;
        }
        sum ^= ',';
        int payloadStart = at + 1;
        if (star - payloadStart < POSITION_CHARS + 2) {
            return 0;
        }
        long first = 0;
        long second = 0;
        long third = 0;
        int i = payloadStart;
        for (int end = payloadStart + 10; i < end; i++) {
            c = line.charAt(i);
            int value = c < 128 ? ARMOR[c] : -1;
            if (value < 0) {
                return 0;
            }
            sum ^= c;
            first = first << 6 | value;
        }
        for (int end = payloadStart + 20; i < end; i++) {
            c = line.charAt(i);
            int value = c < 128 ? ARMOR[c] : -1;
            if (value < 0) {
                return 0;
            }
            sum ^= c;
            second = second << 6 | value;
        }
        for (int end = payloadStart + POSITION_CHARS; i < end; i++) {
            c = line.charAt(i);
            int value = c < 128 ? ARMOR[c] : -1;
            if (value < 0) {
                return 0;
            }
            sum ^= c;
            third = third << 6 | value;
        }
        for (c = line.charAt(i); c != ',' && i < star; c = line.charAt(++i)) {
            if (c >= 128 || ARMOR[c] < 0) {
                return 0;
            }
            sum ^= c;
        }
        if (i + 2 != star) {
            return 0;
        }
        char fillChar = line.charAt(i + 1);
        int fill = fillChar - '0';
        if (fill < 0 || fill > 5 || (i - payloadStart) * 6 - fill < POSITION_BITS) {
            return 0;
        }
        sum ^= ',' ^ fillChar;
        if (sum != (hex(line.charAt(star + 1)) << 4 | hex(line.charAt(star + 2)))) {
            return 0;
        }
        long[] w = words;
        w[0] = first << 4 | second >>> 56;
        w[1] = second << 8 | third >>> 40;
        w[2] = third << 24;
        int type = (int) (first >>> 54);
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
