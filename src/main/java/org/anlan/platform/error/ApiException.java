package org.anlan.platform.error;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal with a stable error code for API clients and a message key for people
 * ({@code messages_zh_CN.properties} / {@code messages_en.properties}, or the module bundles {@code i18n/<module>_*.properties}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final transient List<Object> arguments;

    public ApiException(HttpStatus status, String code, String messageKey, Object... arguments) {
        super(code + " (" + messageKey + ")");
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    public static ApiException badRequest(String code, String messageKey, Object... arguments) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, messageKey, arguments);
    }

    public static ApiException notFound(String code, String messageKey, Object... arguments) {
        return new ApiException(HttpStatus.NOT_FOUND, code, messageKey, arguments);
    }

    public static ApiException conflict(String code, String messageKey, Object... arguments) {
        return new ApiException(HttpStatus.CONFLICT, code, messageKey, arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
