package org.anlan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session for page tests: cookies, the login form and its CSRF token. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static PageSession signedIn(int port, String username) {
        var session = new PageSession(port);
        var result = session.login(username, ApiClient.DEMO_PASSWORD);
        if (result.statusCode() != 302 || result.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed for " + username + ": " + result.headers().map());
        }
        return session;
    }

    public HttpResponse<String> login(String username, String password) {
        String csrf = csrfTokenOf(get("/login").body());
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Posts a form the way the page at {@code pagePath} would, with that page's CSRF token. */
    public HttpResponse<String> postForm(String pagePath, String action, Map<String, String> fields) {
        return postForm(pagePath, action, fields, Map.of());
    }

    /** As {@link #postForm(String, String, Map)}, with extra request headers (e.g. {@code HX-Request} for htmx). */
    public HttpResponse<String> postForm(String pagePath, String action, Map<String, String> fields,
                                         Map<String, String> headers) {
        var form = new StringBuilder("_csrf=" + encode(csrfTokenOf(get(pagePath).body())));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        var request = HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public static String csrfTokenOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
