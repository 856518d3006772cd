package org.anlan.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusal body (RFC 9457 problem with a stable {@code code} and a localised {@code message}) for code
 * that answers outside Spring MVC: servlet filters and the dedicated intake servlet. {@link ApiErrorHandler}
 * writes the same fields for controllers.
 */
@Component
public class ApiProblems {

    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Chinese unless the API client asks for English ({@code Accept-Language: en} or {@code ?lang=en}). */
    public static Locale apiLocale(HttpServletRequest request) {
        if ("en".equals(request.getParameter("lang"))) {
            return Locale.ENGLISH;
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The supported language an {@code Accept-Language} header prefers; Chinese when it names none or is malformed. */
    public static Locale fromAcceptLanguage(String header) {
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public String message(String messageKey, Object[] arguments, Locale locale) {
        return messages.getMessage(messageKey, arguments, messageKey, locale);
    }

    public Map<String, Object> body(HttpStatus status, String code, String messageKey, Object[] arguments, Locale locale,
                                    String instance) {
        String message = message(messageKey, arguments, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", message);
        body.put("instance", instance);
        body.put("code", code);
        body.put("messageKey", messageKey);
        body.put("message", message);
        return body;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiException refusal) throws IOException {
        write(request, response, refusal.status(), refusal.code(), refusal.messageKey(), refusal.arguments());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      String messageKey, Object... arguments) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(),
                body(status, code, messageKey, arguments, apiLocale(request), request.getRequestURI()));
    }
}
