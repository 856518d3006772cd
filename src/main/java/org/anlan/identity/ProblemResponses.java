package org.anlan.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/** Writes API refusals raised inside the security filters, in the same problem shape as the controllers'. */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String messageKey)
            throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        String message = messages.getMessage(messageKey, null, messageKey, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status == 401 ? "Unauthorized" : "Forbidden");
        body.put("status", status);
        body.put("detail", message);
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        body.put("messageKey", messageKey);
        body.put("message", message);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(json.writeValueAsString(body));
    }
}
