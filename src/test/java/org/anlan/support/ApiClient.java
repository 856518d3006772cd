package org.anlan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API tests: demo users' tokens are fetched once and reused. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "anlan-demo";
    public static final String ANONYMOUS = "anonymous";

    public record Response(int status, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public String baseUrl() {
        return base;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public String token(String username) {
        return TOKENS.computeIfAbsent(base + " " + username, key -> {
            String name = username;
            Response response = send("POST", "/api/auth/token", json(Map.of("username", name, "password", DEMO_PASSWORD)), null);
            if (response.status() != 200) {
                throw new IllegalStateException("Cannot sign in " + name + ": " + response);
            }
            return response.json().path("token").asString();
        });
    }

    public Response get(String path, String user) {
        return send("GET", path, null, user);
    }

    public Response post(String path, String body, String user) {
        return send("POST", path, body, user);
    }

    public Response put(String path, String body, String user) {
        return send("PUT", path, body, user);
    }

    public Response send(String method, String path, String body, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null && !user.equals(ANONYMOUS)) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return raw(request.build());
    }

    /** The body of a GET as bytes (downloads such as Excel exports). */
    public byte[] rawBytes(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null && !user.equals(ANONYMOUS)) {
            request.header("Authorization", "Bearer " + token(user));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response raw(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
