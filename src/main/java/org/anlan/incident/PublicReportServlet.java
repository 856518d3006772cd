package org.anlan.incident;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.error.ApiProblems;
import org.anlan.platform.error.RequestTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/public/reports} as a plain servlet. Public intake is the platform's hottest path (every
 * report of a disaster can arrive at once) and needs neither a session, nor a user, nor MVC's handler lookup;
 * answering here, outside the security filter chain and the dispatcher, leaves the CPU to the durable write.
 * Refusals have the same problem body as every other API refusal.
 */
final class PublicReportServlet extends HttpServlet {

    static final String PATH = "/api/public/reports";
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PublicReportServlet.class);

    private final transient IncidentDesk desk;
    private final transient PublicReportLimiter limiter;
    private final transient ApiProblems problems;
    private final transient PublicReportJson reader;

    PublicReportServlet(IncidentDesk desk, PublicReportLimiter limiter, ApiProblems problems, JsonMapper json) {
        this.desk = desk;
        this.limiter = limiter;
        this.problems = problems;
        this.reader = new PublicReportJson(json);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!"POST".equals(request.getMethod())) {
                response.setHeader("Allow", "POST");
                throw new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "REQUEST_METHOD", "error.request.method");
            }
            IncidentDesk.Intake intake = accept(request);
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"id\":\"" + intake.incidentId() + "\",\"created\":" + intake.created() + "}")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (ApiException refusal) {
            problems.write(request, response, refusal);
        } catch (RequestTooLargeException tooLarge) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", "error.request.tooLarge");
        } catch (JacksonException malformed) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "REQUEST_MALFORMED", "error.request.malformed");
        } catch (RuntimeException unexpected) {
            log.error("Unexpected error on public report intake", unexpected);
            problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "error.internal");
        }
    }

    private IncidentDesk.Intake accept(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "REQUEST_MEDIA_TYPE", "error.request.mediaType");
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new RequestTooLargeException(MAX_BODY_BYTES);
        }
        PublicReport report = read(request.getInputStream(), request.getContentLength());
        if (report == null) {
            throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
        }
        if (report.filledByRobot()) {
            throw ApiException.badRequest("REPORT_REJECTED", "error.incident.rejected");
        }
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "error.incident.rateLimited");
        }
        return desk.report(report.toNewIncident(), request.getHeader("Idempotency-Key"), "public", "ANONYMOUS",
                request.getRemoteAddr());
    }

    /** Reads the body into one array of its declared length (no growing buffers), or up to the limit when undeclared. */
    private PublicReport read(InputStream body, int declaredLength) throws IOException {
        byte[] bytes;
        if (declaredLength >= 0) {
            bytes = new byte[declaredLength];
            if (body.readNBytes(bytes, 0, declaredLength) < declaredLength) {
                throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
            }
        } else {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new RequestTooLargeException(MAX_BODY_BYTES);
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("REQUEST_MALFORMED", "error.request.malformed");
        }
        return reader.read(bytes);
    }
}
