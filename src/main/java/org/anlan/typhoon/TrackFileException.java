package org.anlan.typhoon;

/**
 * A best-track file that cannot be read, with the stable error code and the line (1-based, 0 when the problem
 * concerns the whole file).
 */
public class TrackFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int line;

    public TrackFileException(String code, int line, String detail) {
        super(line > 0 ? "line " + line + ": " + detail : detail);
        this.code = code;
        this.line = line;
    }

    public String code() {
        return code;
    }

    public int line() {
        return line;
    }
}
