package org.anlan.platform.error;

import java.io.IOException;

/** Thrown by {@link RequestBodyLimitFilter} when a request body grows past the configured limit. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
