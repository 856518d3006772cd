package org.anlan.warning.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An app push gateway on the loopback interface: devices whose token starts with "dev-" are reachable. */
public final class LoopbackPushGateway implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicLong ids = new AtomicLong();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    public LoopbackPushGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/v1/push", this::push);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "loopback-push");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/push";
    }

    public Set<String> deliveredTokens() {
        return Set.copyOf(delivered);
    }

    private void push(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(64 * 1024);
            JsonNode request = JSON.readTree(bytes);
            String token = request.path("token").asString();
            if (!"POST".equals(exchange.getRequestMethod()) || request.path("body").asString().isBlank()) {
                respond(exchange, 400, Map.of("error", "bad request"));
            } else if (!token.startsWith("dev-")) {
                respond(exchange, 410, Map.of("error", "unknown device"));
            } else {
                delivered.add(token);
                respond(exchange, 200, Map.of("pushId", "P" + ids.incrementAndGet(), "delivered", true));
            }
        } catch (RuntimeException e) {
            respond(exchange, 400, Map.of("error", "malformed"));
        }
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
