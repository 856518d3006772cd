package org.anlan.warning.broadcast;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.anlan.platform.net.LoopbackListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A broadcast system on the loopback interface speaking EBP/1: accepts play requests for well-formed terminal ids,
 * reports each as played (or FAILED for terminals the test marks broken) and resends unacknowledged reports to the
 * next connection.
 */
public final class LoopbackBroadcastServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoopbackListener server;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong played = new AtomicLong();
    private final AtomicLong reportsAcknowledged = new AtomicLong();
    private final Set<String> terminals = ConcurrentHashMap.newKeySet();
    private final Map<String, String> unacknowledged = new ConcurrentHashMap<>();
    private volatile Predicate<String> broken = terminal -> false;

    public LoopbackBroadcastServer() throws IOException {
        this.server = LoopbackListener.start("loopback-broadcast", 50, this::serve);
    }

    public int port() {
        return server.port();
    }

    public long played() {
        return played.get();
    }

    public long reportsAcknowledged() {
        return reportsAcknowledged.get();
    }

    public Set<String> terminals() {
        return Set.copyOf(terminals);
    }

    public void broken(Predicate<String> terminals) {
        this.broken = terminals;
    }

    private void serve(Socket socket) {
        try (socket) {
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
            var out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            for (String pending : unacknowledged.values()) {
                out.write(pending);
                out.write('\n');
            }
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode message = JSON.readTree(line);
                switch (message.path("type").asString()) {
                    case "play" -> play(message, out);
                    case "report-ack" -> {
                        if (unacknowledged.remove(message.path("id").asString()) != null) {
                            reportsAcknowledged.incrementAndGet();
                        }
                    }
                    default -> send(out, Map.of("type", "error", "reason", "unknown type"));
                }
                if (!in.ready()) {
                    out.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; unacknowledged reports wait for the next connection
        }
    }

    private void play(JsonNode message, BufferedWriter out) throws IOException {
        long ref = message.path("ref").asLong();
        String terminal = message.path("terminal").asString();
        if (!terminal.matches("\\d{9}-T\\d{3,4}") || message.path("text").asString().isBlank()) {
            send(out, Map.of("type", "refused", "ref", ref, "reason", "unknown terminal or empty text"));
            return;
        }
        String id = "EB" + ids.incrementAndGet();
        terminals.add(terminal);
        send(out, Map.of("type", "accepted", "ref", ref, "id", id));
        boolean ok = !broken.test(terminal);
        if (ok) {
            played.incrementAndGet();
        }
        String report = JSON.writeValueAsString(Map.of("type", "report", "id", id, "status", ok ? "PLAYED" : "FAILED"));
        unacknowledged.put(id, report);
        out.write(report);
        out.write('\n');
    }

    private static void send(BufferedWriter out, Map<String, Object> message) throws IOException {
        out.write(JSON.writeValueAsString(message));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
