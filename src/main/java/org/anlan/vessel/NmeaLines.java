package org.anlan.vessel;

import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of an NMEA byte stream (TCP feed, file), ISO-8859-1, split at LF with a trailing CR dropped. A line longer
 * than {@code limit} is cut to {@code limit + 1} characters so that the decoder rejects it as too long without
 * the reader holding more than that: a feed that never sends a newline cannot exhaust memory.
 */
public final class NmeaLines {

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 14];
    private int position;
    private int filled;

    public NmeaLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    public String next() throws IOException {
        StringBuilder line = new StringBuilder(96);
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? strip(line) : null;
                }
            }
            byte b = buffer[position++];
            any = true;
            if (b == '\n') {
                return strip(line);
            }
            if (line.length() <= limit) {
                line.append((char) (b & 0xff));
            }
        }
    }

    private static String strip(StringBuilder line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }
}
