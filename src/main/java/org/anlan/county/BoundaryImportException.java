package org.anlan.county;

/** A boundary file that cannot be imported; nothing was written. {@code code} is stable for API clients. */
public class BoundaryImportException extends RuntimeException {

    private final String code;

    public BoundaryImportException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
