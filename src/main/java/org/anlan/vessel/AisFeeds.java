package org.anlan.vessel;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.anlan.vessel.ais.SentenceParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network sides of AIS ingestion, each handing every received line to a consumer: a TCP server that
 * receivers or aggregators connect to, a TCP client that connects to a receiver (the usual raw NMEA-over-TCP
 * feed, reconnecting with back-off), and a UDP listener (one or more lines per datagram). Plain Java, one daemon
 * thread per socket; bounded line length and connection count.
 */
public final class AisFeeds {

    private static final Logger log = LoggerFactory.getLogger(AisFeeds.class);
    private static final int MAX_LINE = SentenceParser.MAX_LINE_LENGTH;

    private AisFeeds() {
    }

    /** A running feed; {@link #close()} stops it and its connections. */
    public interface Feed extends AutoCloseable {
        int port();

        long lines();

        @Override
        void close();
    }

    /** Listens on {@code port} (0: any free port) of {@code bindAddress}; at most {@code maxConnections} at once. */
    public static Feed tcpServer(String bindAddress, int port, int maxConnections, Consumer<String> lines) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
        AtomicLong count = new AtomicLong();
        Set<Socket> open = ConcurrentHashMap.newKeySet();
        Thread acceptor = daemon("ais-tcp-server-" + server.getLocalPort(), () -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    if (open.size() >= maxConnections) {
                        socket.close();
                        continue;
                    }
                    open.add(socket);
                    daemon("ais-tcp-connection", () -> {
                        try (socket) {
                            readLines(socket.getInputStream(), lines, count);
                        } catch (IOException e) {
                            log.debug("AIS connection closed: {}", e.getMessage());
                        } finally {
                            open.remove(socket);
                        }
                    }).start();
                } catch (IOException e) {
                    if (!server.isClosed()) {
                        log.warn("AIS TCP server: {}", e.getMessage());
                    }
                }
            }
        });
        acceptor.start();
        return new Feed() {
            public int port() {
                return server.getLocalPort();
            }

            public long lines() {
                return count.get();
            }

            public void close() {
                closeQuietly(server);
                open.forEach(AisFeeds::closeQuietly);
            }
        };
    }

    /** Connects to a receiver and reads its lines; reconnects after {@code retry} (doubling up to a minute). */
    public static Feed tcpClient(String host, int port, Duration retry, Consumer<String> lines) {
        AtomicLong count = new AtomicLong();
        Socket[] current = new Socket[1];
        boolean[] closed = {false};
        Thread reader = daemon("ais-tcp-client-" + host + ":" + port, () -> {
            long wait = retry.toMillis();
            while (!closed[0]) {
                try (Socket socket = new Socket()) {
                    synchronized (current) {
                        current[0] = socket;
                    }
                    socket.connect(new InetSocketAddress(host, port), 10_000);
                    wait = retry.toMillis();
                    readLines(socket.getInputStream(), lines, count);
                } catch (IOException e) {
                    if (!closed[0]) {
                        log.warn("AIS receiver {}:{}: {}; retrying in {} ms", host, port, e.getMessage(), wait);
                    }
                }
                if (!closed[0]) {
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                    wait = Math.min(wait * 2, 60_000);
                }
            }
        });
        reader.start();
        return new Feed() {
            public int port() {
                return port;
            }

            public long lines() {
                return count.get();
            }

            public void close() {
                closed[0] = true;
                synchronized (current) {
                    closeQuietly(current[0]);
                }
                reader.interrupt();
            }
        };
    }

    /** Receives datagrams on {@code port} (0: any free port); each may carry several lines. */
    public static Feed udp(String bindAddress, int port, Consumer<String> lines) throws SocketException, IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
        AtomicLong count = new AtomicLong();
        Thread reader = daemon("ais-udp-" + socket.getLocalPort(), () -> {
            byte[] buffer = new byte[65_535];
            while (!socket.isClosed()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                    readLines(new java.io.ByteArrayInputStream(packet.getData(), packet.getOffset(), packet.getLength()),
                            lines, count);
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        log.warn("AIS UDP: {}", e.getMessage());
                    }
                }
            }
        });
        reader.start();
        return new Feed() {
            public int port() {
                return socket.getLocalPort();
            }

            public long lines() {
                return count.get();
            }

            public void close() {
                socket.close();
            }
        };
    }

    private static void readLines(InputStream in, Consumer<String> consumer, AtomicLong count) throws IOException {
        NmeaLines lines = new NmeaLines(in, MAX_LINE);
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (!line.isEmpty()) {
                count.incrementAndGet();
                try {
                    consumer.accept(line);
                } catch (RuntimeException e) {
                    log.warn("AIS line not ingested: {}", e.getMessage());
                }
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            log.debug("close: {}", e.getMessage());
        }
    }
}
