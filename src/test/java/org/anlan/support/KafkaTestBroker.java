package org.anlan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in this JVM: KRaft in combined broker + controller mode, a temporary log
 * directory and random local ports. {@link #start()} throws {@link Unavailable} when the broker cannot start
 * here, so that a test can skip with the reason.
 */
public final class KafkaTestBroker implements AutoCloseable {

    private final Path logDir;
    private final KafkaRaftServer server;
    private final String bootstrapServers;

    /** The broker could not be started on this machine. */
    public static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private KafkaTestBroker(Path logDir, KafkaRaftServer server, String bootstrapServers) {
        this.logDir = logDir;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** A started broker, or the calling test class skipped with the reason when one cannot start here. */
    public static KafkaTestBroker startOrSkip() {
        try {
            return start();
        } catch (Unavailable e) {
            org.junit.jupiter.api.Assumptions.abort("skipped: " + e.getMessage());
            throw new AssertionError("unreachable: abort throws");
        }
    }

    public static KafkaTestBroker start() throws Unavailable {
        Path logDir = null;
        KafkaRaftServer server = null;
        try {
            logDir = Files.createTempDirectory("anlan-kafka-");
            int brokerPort = freePort();
            int controllerPort = freePort();
            Properties properties = properties(logDir, brokerPort, controllerPort);
            Path config = logDir.resolve("server.properties");
            try (var out = Files.newBufferedWriter(config)) {
                properties.store(out, "in-process test broker");
            }
            format(config);
            server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + brokerPort;
            awaitReady(bootstrap);
            return new KafkaTestBroker(logDir, server, bootstrap);
        } catch (Exception | LinkageError e) {
            if (server != null) {
                server.shutdown();
            }
            delete(logDir);
            throw new Unavailable("in-process Kafka broker did not start: " + e, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        delete(logDir);
    }

    private static Properties properties(Path logDir, int brokerPort, int controllerPort) {
        var p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.resolve("data").toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.retention.ms", "-1"); // the tests replay fixed dates in the past
        return p;
    }

    private static void format(Path config) throws IOException {
        var output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IOException("formatting the log directory failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static void awaitReady(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis()))) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
