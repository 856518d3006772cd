package org.anlan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator against a loopback HTTP server that answers with a length or in chunks, sometimes closes
 * the connection after answering, drops the very first request unanswered, or refuses everything.
 */
class ReportLoadTest {

    private final LoopbackIntake server = new LoopbackIntake();

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void everyAcknowledgedReportIsOneTheServerStoredAndADroppedRequestIsResentWithItsKey() throws Exception {
        server.start(201);
        var acknowledgedIds = new StringWriter();

        ReportLoad.Result result = new ReportLoad(server.url()).withServerTypes().run(4, Duration.ofMillis(300), acknowledgedIds);

        List<String> ids = acknowledgedIds.toString().lines().toList();
        assertThat(result.failed()).isZero();
        assertThat(result.acknowledged()).isPositive().isEqualTo(ids.size()).isEqualTo(result.latenciesNanos().length);
        assertThat(Set.copyOf(ids)).hasSize(ids.size()).isSubsetOf(server.storedIds());
        assertThat(server.droppedKey()).isNotNull();
        assertThat(server.storedIds()).contains(LoopbackIntake.idOf(server.droppedKey()));
        assertThat(server.typesOffered()).isEqualTo(server.typesReceived());
        assertThat(result.clientCpuNanos()).isPositive();
    }

    @Test
    void refusalsCountAsFailuresAndAcknowledgeNothing() throws Exception {
        server.start(503);
        var acknowledgedIds = new StringWriter();

        ReportLoad.Result result = new ReportLoad(server.url()).withServerTypes().run(2, Duration.ofMillis(200), acknowledgedIds);

        assertThat(result.acknowledged()).isZero();
        assertThat(result.failed()).isPositive();
        assertThat(acknowledgedIds.toString()).isEmpty();
    }

    /** A minimal HTTP/1.1 server: a thread per connection, keep-alive, Content-Length request bodies. */
    private static final class LoopbackIntake implements AutoCloseable {

        private final ServerSocket listener;
        private final Set<String> storedIds = ConcurrentHashMap.newKeySet();
        private final Set<String> typesReceived = ConcurrentHashMap.newKeySet();
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger responses = new AtomicInteger();
        private final List<Socket> sockets = new ArrayList<>();
        private volatile String droppedKey;
        private int status;

        LoopbackIntake() {
            try {
                listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + listener.getLocalPort();
        }

        Set<String> storedIds() {
            return storedIds;
        }

        String droppedKey() {
            return droppedKey;
        }

        Set<String> typesOffered() {
            return Set.of("11B01", "12A01");
        }

        Set<String> typesReceived() {
            return typesReceived;
        }

        static String idOf(String key) {
            return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        }

        void start(int status) {
            this.status = status;
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket socket = listener.accept();
                        synchronized (sockets) {
                            sockets.add(socket);
                        }
                        Thread handler = new Thread(() -> serve(socket), "loopback-intake-connection");
                        handler.setDaemon(true);
                        handler.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "loopback-intake");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve(Socket socket) {
            try (socket) {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                while (true) {
                    List<String> head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    String key = header(head, "idempotency-key");
                    String length = header(head, "content-length");
                    byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
                    if (head.get(0).startsWith("GET /api/incident-types")) {
                        answer(out, 200, "[{\"code\":\"11B01\",\"name\":\"火灾\"},{\"code\":\"12A01\",\"name\":\"x\"}]", false);
                        continue;
                    }
                    String json = new String(body, StandardCharsets.UTF_8);
                    typesReceived.add(json.replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"));
                    if (requests.getAndIncrement() == 0) {
                        droppedKey = key;
                        return; // the server "dies" before answering the first report
                    }
                    if (status != 201) {
                        answer(out, status, "{\"code\":\"INTAKE_BUSY\"}", false);
                        continue;
                    }
                    storedIds.add(idOf(key));
                    int n = responses.incrementAndGet();
                    boolean chunked = n % 2 == 0;
                    String created = "{\"id\":\"" + idOf(key) + "\",\"created\":true}";
                    if (n % 10 == 0) {
                        answer(out, 201, created, chunked, "Connection: close\r\n");
                        return;
                    }
                    answer(out, 201, created, chunked);
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static void answer(OutputStream out, int status, String body, boolean chunked, String... extraHeaders)
                throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            var response = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n");
            Arrays.stream(extraHeaders).forEach(response::append);
            if (chunked) {
                int half = bytes.length / 2;
                response.append("Transfer-Encoding: chunked\r\n\r\n")
                        .append(Integer.toHexString(half)).append("\r\n").append(new String(bytes, 0, half, StandardCharsets.UTF_8))
                        .append("\r\n").append(Integer.toHexString(bytes.length - half)).append(";ext=1\r\n")
                        .append(new String(bytes, half, bytes.length - half, StandardCharsets.UTF_8)).append("\r\n0\r\n\r\n");
            } else {
                response.append("Content-Length: ").append(bytes.length).append("\r\n\r\n").append(body);
            }
            out.write(response.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        private static List<String> readHead(InputStream in) throws IOException {
            List<String> lines = new ArrayList<>();
            var line = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c == '\n') {
                    String text = line.toString().stripTrailing();
                    if (text.isEmpty()) {
                        return lines;
                    }
                    lines.add(text);
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            return null;
        }

        private static String header(List<String> head, String name) {
            return head.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }

        @Override
        public void close() throws IOException {
            listener.close();
            synchronized (sockets) {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }
}
