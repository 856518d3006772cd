package org.anlan.monitoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * MQTT ingest settings ({@code anlan.monitoring.mqtt.*}). By default an embedded broker (Moquette) listens on
 * {@code host:port} with its message store in {@code data-dir}, and the platform subscribes to it; with {@code url}
 * set (e.g. {@code tcp://broker.example:1883}) nothing is embedded and the platform subscribes to that broker.
 * A throw-away platform (database data-dir {@code temp}: tests, benchmarks) takes a free port and a temporary store,
 * so that it never collides with a running platform on 1883.
 */
@Component
class MqttSettings {

    final boolean enabled;
    final String url;
    final String host;
    final int port;
    final String dataDir;
    final String username;
    final String password;
    final String topicPrefix;
    final String clientId;
    final int maxPayloadBytes;
    final int maxReadingsPerMessage;
    final boolean throwAway;

    MqttSettings(@Value("${anlan.monitoring.mqtt.enabled:true}") boolean enabled,
                 @Value("${anlan.monitoring.mqtt.url:}") String url,
                 @Value("${anlan.monitoring.mqtt.host:127.0.0.1}") String host,
                 @Value("${anlan.monitoring.mqtt.port:1883}") int port,
                 @Value("${anlan.monitoring.mqtt.data-dir:./data/mqtt}") String dataDir,
                 @Value("${anlan.monitoring.mqtt.username:}") String username,
                 @Value("${anlan.monitoring.mqtt.password:}") String password,
                 @Value("${anlan.monitoring.mqtt.topic-prefix:anlan/obs}") String topicPrefix,
                 @Value("${anlan.monitoring.mqtt.client-id:anlan-platform}") String clientId,
                 @Value("${anlan.monitoring.mqtt.max-payload-bytes:1048576}") int maxPayloadBytes,
                 @Value("${anlan.monitoring.mqtt.max-readings-per-message:20000}") int maxReadingsPerMessage,
                 @Value("${anlan.db.data-dir:./data/pg}") String databaseDir) {
        this.enabled = enabled;
        this.url = url;
        this.host = host;
        this.throwAway = "temp".equals(databaseDir);
        this.port = throwAway ? 0 : port;
        this.dataDir = throwAway ? "temp" : dataDir;
        this.username = username;
        this.password = password;
        this.topicPrefix = topicPrefix.endsWith("/") ? topicPrefix.substring(0, topicPrefix.length() - 1) : topicPrefix;
        this.clientId = clientId;
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxReadingsPerMessage = maxReadingsPerMessage;
    }

    boolean embedded() {
        return enabled && !StringUtils.hasText(url);
    }

    /** {@code anlan/obs/rain/R330225101} for a station. */
    String topic(StationKind kind, String stationId) {
        return topicPrefix + "/" + kind.topic() + "/" + stationId;
    }
}
