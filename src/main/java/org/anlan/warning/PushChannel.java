package org.anlan.warning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** App push through an HTTP/JSON gateway; a 200 answer means the device has it, so the receipt follows at once. */
final class PushChannel implements ChannelAdapter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final Consumer<Receipt> receipts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Semaphore window;

    PushChannel(URI gateway, int window, Consumer<Receipt> receipts) {
        this.gateway = gateway;
        this.receipts = receipts;
        this.window = new Semaphore(window);
    }

    @Override
    public Channel channel() {
        return Channel.APP_PUSH;
    }

    @Override
    public CompletableFuture<String> send(String token, String text, WarningLevel level) throws InterruptedException {
        window.acquire();
        String body = JSON.writeValueAsString(Map.of("token", token, "title", "预警信息", "body", text, "level", level.name()));
        HttpRequest request = HttpRequest.newBuilder(gateway).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .whenComplete((response, failure) -> window.release())
                .thenCompose(response -> {
                    if (response.statusCode() == 200) {
                        JsonNode answer = JSON.readTree(response.body());
                        String id = answer.path("pushId").asString();
                        receipts.accept(new Receipt(Channel.APP_PUSH, id, answer.path("delivered").asBoolean(),
                                "HTTP 200", () -> { }));
                        return CompletableFuture.completedFuture(id);
                    }
                    if (response.statusCode() == 410 || response.statusCode() == 400) {
                        return CompletableFuture.failedFuture(new Refused("push gateway HTTP " + response.statusCode()));
                    }
                    return CompletableFuture.failedFuture(new java.io.IOException("push gateway HTTP " + response.statusCode()));
                });
    }

    @Override
    public void close() {
        // java.net.http.HttpClient of Java 17 has no close; its threads end with the client
    }
}
