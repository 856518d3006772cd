package org.anlan.monitoring;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The embedded MQTT broker (Moquette 0.17 on Netty), started unless an external broker is configured. Its session
 * queues are persisted in the data folder, so a QoS 1 message the broker has acknowledged to a station and not yet
 * delivered to the platform survives a restart. Anonymous clients are allowed: bind it to a trusted interface.
 */
@Component
class EmbeddedMqttBroker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

    private final MqttSettings settings;
    private Server server;
    private int port;
    private Path temporaryStore;

    EmbeddedMqttBroker(MqttSettings settings) {
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!settings.embedded()) {
            return;
        }
        try {
            port = settings.port == 0 ? freePort() : settings.port;
            Path store;
            if ("temp".equals(settings.dataDir)) {
                temporaryStore = Files.createTempDirectory("anlan-mqtt");
                store = temporaryStore;
            } else {
                store = Path.of(settings.dataDir).toAbsolutePath();
                Files.createDirectories(store);
            }
            Properties properties = new Properties();
            properties.setProperty("host", settings.host);
            properties.setProperty("port", String.valueOf(port));
            properties.setProperty("websocket_port", "disabled");
            properties.setProperty("allow_anonymous", "true");
            properties.setProperty("telemetry_enabled", "false");
            properties.setProperty("persistence_enabled", "true");
            properties.setProperty("data_path", store.toString());
            properties.setProperty("netty.mqtt.message_size", String.valueOf(settings.maxPayloadBytes + 1024));
            server = new Server();
            server.startServer(new MemoryConfig(properties));
            log.info("Embedded MQTT broker on {}:{} (store {})", settings.host, port, store);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded MQTT broker", e);
        }
    }

    /** tcp://host:port of the running embedded broker. */
    String url() {
        String host = "0.0.0.0".equals(settings.host) ? "127.0.0.1" : settings.host;
        return "tcp://" + host + ":" + port;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
        if (temporaryStore != null) {
            try (Stream<Path> files = Files.walk(temporaryStore)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                log.debug("Temporary MQTT store left behind: {}", temporaryStore);
            }
            temporaryStore = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048; // up before the subscriber, down after it
    }

    private int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(settings.host))) {
            return socket.getLocalPort();
        }
    }
}
