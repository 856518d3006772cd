package org.anlan.vessel.ais;

/** Parses one line of an NMEA 0183 AIS feed. Never throws: anything unusable comes back as a {@link Reject}. */
public final class SentenceParser {

    /** Longest line accepted; NMEA allows 82 characters, tag blocks and receiver suffixes make real lines longer. */
    public static final int MAX_LINE_LENGTH = 1024;

    private static final Skip BLANK = new Skip(Skip.Kind.BLANK);
    private static final Skip COMMENT = new Skip(Skip.Kind.COMMENT);
    private static final Skip TAG_BLOCK_ONLY = new Skip(Skip.Kind.TAG_BLOCK_ONLY);
    private static final Skip PROPRIETARY = new Skip(Skip.Kind.PROPRIETARY);
    private static final Skip OTHER_SENTENCE = new Skip(Skip.Kind.OTHER_SENTENCE);

    private SentenceParser() {
    }

    public static SentenceParse parse(String line) {
        if (line == null) {
            return BLANK;
        }
        if (line.length() > MAX_LINE_LENGTH) {
            return new Reject(RejectReason.LINE_TOO_LONG, line.length() + " characters");
        }
        int start = 0;
        int end = line.length();
        while (start < end && line.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && line.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return BLANK;
        }
        if (line.charAt(start) == '#') {
            return COMMENT;
        }
        boolean tagged = false;
        if (line.charAt(start) == '\\') {
            int close = line.indexOf('\\', start + 1);
            if (close < 0 || close >= end) {
                return new Reject(RejectReason.MALFORMED_TAG_BLOCK, "no closing backslash");
            }
            tagged = true;
            start = close + 1;
            if (start == end) {
                return TAG_BLOCK_ONLY;
            }
        }
        char lead = line.charAt(start);
        if (lead == '$') {
            return start + 1 < end && line.charAt(start + 1) == 'P' ? PROPRIETARY : OTHER_SENTENCE;
        }
        if (lead != '!') {
            return new Reject(RejectReason.NOT_NMEA, "does not start with ! or $");
        }
        if (end - start < 7 || !isVdmOrVdo(line, start + 3)) {
            return line.startsWith("P", start + 1) ? PROPRIETARY : OTHER_SENTENCE;
        }
        return parseVdm(line, start, end, tagged);
    }

    private static boolean isVdmOrVdo(String line, int at) {
        return line.charAt(at) == 'V' && line.charAt(at + 1) == 'D'
                && (line.charAt(at + 2) == 'M' || line.charAt(at + 2) == 'O') && line.charAt(at + 3) == ',';
    }

    private static SentenceParse parseVdm(String line, int start, int end, boolean tagged) {
        int star = line.indexOf('*', start);
        if (star < 0 || star >= end) {
            return new Reject(RejectReason.MISSING_CHECKSUM, "no *hh");
        }
        if (star + 3 > end) {
            return new Reject(RejectReason.MISSING_CHECKSUM, "truncated *hh");
        }
        int expected = hex(line.charAt(star + 1)) << 4 | hex(line.charAt(star + 2));
        if (expected < 0) {
            return new Reject(RejectReason.MISSING_CHECKSUM, "checksum is not hexadecimal");
        }
        int sum = 0;
        for (int i = start + 1; i < star; i++) {
            sum ^= line.charAt(i);
        }
        if (sum != expected) {
            return new Reject(RejectReason.BAD_CHECKSUM,
                    String.format("computed %02X, sentence says %02X", sum, expected));
        }
        // After the address: count, number, sequence, channel, payload, fill, separated by 5 commas.
        int[] commas = new int[5];
        int found = 0;
        for (int i = start + 7; i < star; i++) {
            if (line.charAt(i) == ',') {
                if (found == commas.length) {
                    return new Reject(RejectReason.FIELD_COUNT, "more than 7 fields");
                }
                commas[found++] = i;
            }
        }
        if (found != commas.length) {
            return new Reject(RejectReason.FIELD_COUNT, (found + 2) + " fields, 7 expected");
        }
        int count = digit(line, start + 7, commas[0]);
        int number = digit(line, commas[0] + 1, commas[1]);
        int sequence = commas[2] == commas[1] + 1 ? -1 : digit(line, commas[1] + 1, commas[2]);
        if (count < 1 || number < 1 || number > count || sequence < -1) {
            return new Reject(RejectReason.BAD_FRAGMENT_FIELDS, "fragment count/number/sequence");
        }
        int channelLength = commas[3] - commas[2] - 1;
        char channel = channelLength == 0 ? '\0' : line.charAt(commas[2] + 1);
        if (channelLength > 1 || (channelLength == 1 && !Character.isLetterOrDigit(channel))) {
            return new Reject(RejectReason.BAD_CHANNEL, "channel field");
        }
        if (commas[4] == commas[3] + 1) {
            return new Reject(RejectReason.EMPTY_PAYLOAD, "no payload");
        }
        for (int i = commas[3] + 1; i < commas[4]; i++) {
            if (SixBitPayload.value(line.charAt(i)) < 0) {
                return new Reject(RejectReason.BAD_PAYLOAD_CHARACTER, "character '" + line.charAt(i) + "'");
            }
        }
        int fill = digit(line, commas[4] + 1, star);
        if (fill < 0 || fill > 5 || (commas[4] - commas[3] - 1) * 6 < fill) {
            return new Reject(RejectReason.BAD_FILL_BITS, "fill bits must be 0-5");
        }
        return new NmeaSentence(line.substring(start + 1, start + 3), line.charAt(start + 5) == 'O', count, number,
                sequence, channel, line.substring(commas[3] + 1, commas[4]), fill, tagged);
    }

    /** The single decimal digit in [from, to), or -2 when the field is not exactly one digit. */
    private static int digit(String line, int from, int to) {
        if (to - from != 1) {
            return -2;
        }
        char c = line.charAt(from);
        return c >= '0' && c <= '9' ? c - '0' : -2;
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
