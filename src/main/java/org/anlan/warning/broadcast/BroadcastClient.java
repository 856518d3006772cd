package org.anlan.warning.broadcast;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's side of EBP/1 with a window of outstanding play requests, like {@code SmppClient}. */
public final class BroadcastClient implements AutoCloseable {

    /** A play report: the broadcast system's id, whether the terminal played it, and its acknowledgement. */
    public record PlayReport(String id, boolean played, String detail, Runnable acknowledge) {
    }

    static final int MAX_LINE = 16 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Socket socket;
    private final BufferedReader in;
    private final BufferedWriter out;
    private final Semaphore window;
    private final AtomicLong refs = new AtomicLong();
    private final Map<Long, CompletableFuture<String>> outstanding = new ConcurrentHashMap<>();
    private final BlockingQueue<String> writes = new LinkedBlockingQueue<>();
    private final Consumer<PlayReport> reports;
    private volatile boolean closed;

    private BroadcastClient(Socket socket, int window, Consumer<PlayReport> reports) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.window = new Semaphore(window);
        this.reports = reports;
    }

    public static BroadcastClient connect(String host, int port, int window, Consumer<PlayReport> reports) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        BroadcastClient client = new BroadcastClient(socket, window, reports);
        Thread reader = new Thread(client::readLoop, "broadcast-reader");
        Thread writer = new Thread(client::writeLoop, "broadcast-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
        return client;
    }

    /** Asks a terminal to play a text; completes with the broadcast system's id once accepted. */
    public CompletableFuture<String> play(String terminal, String text, String level) throws InterruptedException {
        window.acquire();
        long ref = refs.incrementAndGet();
        CompletableFuture<String> accepted = new CompletableFuture<>();
        accepted.whenComplete((id, failure) -> window.release());
        if (closed) {
            accepted.completeExceptionally(new IOException("broadcast session closed"));
            return accepted;
        }
        outstanding.put(ref, accepted);
        writes.add(JSON.writeValueAsString(Map.of("type", "play", "ref", ref, "terminal", terminal, "text", text,
                "level", level == null ? "" : level)));
        return accepted;
    }

    public boolean isOpen() {
        return !closed;
    }

    private void writeLoop() {
        try {
            while (!closed) {
                String line = writes.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    continue;
                }
                for (; line != null; line = writes.poll()) {
                    out.write(line);
                    out.write('\n');
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            fail("write failed: " + e.getMessage());
        }
    }

    private void readLoop() {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.length() > MAX_LINE) {
                    throw new IOException("line longer than " + MAX_LINE);
                }
                handle(JSON.readTree(line));
            }
            fail("connection closed by the broadcast system");
        } catch (IOException | RuntimeException e) {
            fail("connection lost: " + e.getMessage());
        }
    }

    private void handle(JsonNode message) {
        switch (message.path("type").asString()) {
            case "accepted" -> complete(message.path("ref").asLong(), message.path("id").asString(), null);
            case "refused" -> complete(message.path("ref").asLong(), null, message.path("reason").asString());
            case "report" -> {
                String id = message.path("id").asString();
                reports.accept(new PlayReport(id, "PLAYED".equals(message.path("status").asString()),
                        message.path("status").asString(),
                        () -> writes.add(JSON.writeValueAsString(Map.of("type", "report-ack", "id", id)))));
            }
            default -> {
                // unknown message types are ignored (forward compatibility)
            }
        }
    }

    private void complete(long ref, String id, String refusal) {
        CompletableFuture<String> waiting = outstanding.remove(ref);
        if (waiting != null) {
            if (refusal == null) {
                waiting.complete(id);
            } else {
                waiting.completeExceptionally(new IOException("refused: " + refusal));
            }
        }
    }

    private void fail(String reason) {
        closed = true;
        outstanding.forEach((ref, waiting) -> waiting.completeExceptionally(new IOException(reason)));
        outstanding.clear();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing after a failure
        }
    }

    @Override
    public void close() {
        fail("closed");
    }
}
