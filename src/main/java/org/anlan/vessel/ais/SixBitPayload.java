package org.anlan.vessel.ais;

/** The bit vector of a (reassembled) AIS payload, MSB first; reads past the end yield zero bits. */
public final class SixBitPayload {

    private final byte[] sixBits;
    private final int bitLength;

    private SixBitPayload(byte[] sixBits, int bitLength) {
        this.sixBits = sixBits;
        this.bitLength = bitLength;
    }

    /** The payload of armored characters already checked with {@link #value(char)}. */
    public static SixBitPayload of(CharSequence armored, int fillBits) {
        byte[] values = new byte[armored.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (byte) Math.max(0, value(armored.charAt(i)));
        }
        return new SixBitPayload(values, Math.max(0, values.length * 6 - fillBits));
    }

    /** The six-bit value of an armored payload character, or -1 if the character is not valid armor. */
    public static int value(char c) {
        if (c >= '0' && c <= 'W') {
            return c - '0';
        }
        if (c >= '`' && c <= 'w') {
            return c - '8';
        }
        return -1;
    }

    public int bitLength() {
        return bitLength;
    }

    public long unsigned(int start, int length) {
        long result = 0;
        for (int bit = start; bit < start + length; bit++) {
            result = result << 1 | bit(bit);
        }
        return result;
    }

    public long signed(int start, int length) {
        long raw = unsigned(start, length);
        return (raw & 1L << (length - 1)) != 0 ? raw - (1L << length) : raw;
    }

    public boolean flag(int start) {
        return bit(start) == 1;
    }

    /**
     * Six-bit ASCII text of up to {@code length} bits, cut to the bits present; stops at the first '@'
     * and drops trailing spaces, as the adoc recommends.
     */
    public String text(int start, int length) {
        int end = Math.min(start + length, bitLength);
        var text = new StringBuilder((end - start) / 6);
        for (int at = start; at + 6 <= end; at += 6) {
            int code = (int) unsigned(at, 6);
            if (code == 0) {
                break;
            }
            text.append((char) (code < 32 ? code + 64 : code));
        }
        int length2 = text.length();
        while (length2 > 0 && text.charAt(length2 - 1) == ' ') {
            length2--;
        }
        text.setLength(length2);
        return text.toString();
    }

    private int bit(int index) {
        if (index < 0 || index >= bitLength) {
            return 0;
        }
        return sixBits[index / 6] >> (5 - index % 6) & 1;
    }
}
