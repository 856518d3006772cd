package org.anlan.monitoring;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.anlan.platform.error.ApiException;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Subscribes to {@code <prefix>/<kind>/<stationId>} (QoS 1, persistent session) on the embedded or external broker.
 * A message carries one reading or many (JSON object or array, or CSV lines {@code observed_at,value[,unit]}) of the
 * topic's station. Acknowledgements are manual: a message is acknowledged only after its readings have been
 * committed; a message that cannot be stored is not acknowledged and the client reconnects, so the broker
 * delivers it again (duplicates are harmless: storage is idempotent on station + time). A message that can never
 * be stored (unknown kind, malformed, too large, every reading refused) is acknowledged and counted as rejected.
 * Moquette 0.17 keeps at most 10 unacknowledged QoS 1 messages in flight per session, so with acknowledgement after
 * commit the rate is about 10 messages per commit: stations with backlogs should send many readings per message.
 */
@Component
public class MqttIngestion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);

    private final MqttSettings settings;
    private final EmbeddedMqttBroker broker;
    private final Monitoring monitoring;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong rejectedReadings = new AtomicLong();
    private final AtomicLong rejectedMessages = new AtomicLong();
    private final ExecutorService reconnector = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mqtt-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private volatile MqttClient client;

    MqttIngestion(MqttSettings settings, EmbeddedMqttBroker broker, Monitoring monitoring) {
        this.settings = settings;
        this.broker = broker;
        this.monitoring = monitoring;
    }

    /** The broker the platform subscribes to (the embedded one unless configured). */
    public String brokerUrl() {
        return StringUtils.hasText(settings.url) ? settings.url : broker.url();
    }

    /** The topic a station publishes on: {@code <prefix>/<kind>/<stationId>}. */
    public String topic(StationKind kind, String stationId) {
        return settings.topic(kind, stationId);
    }

    public long messages() {
        return messages.get();
    }

    public long rejectedReadings() {
        return rejectedReadings.get();
    }

    @Override
    public void start() {
        if (!settings.enabled) {
            return;
        }
        try {
            MqttClient mqtt = new MqttClient(brokerUrl(), settings.clientId, new MemoryPersistence());
            mqtt.setManualAcks(true);
            mqtt.setCallback(new Callback());
            mqtt.connect(options());
            client = mqtt;
            subscribe();
            log.info("Subscribed to {}/+/+ on {}", settings.topicPrefix, brokerUrl());
        } catch (MqttException e) {
            throw new IllegalStateException("Cannot connect to the MQTT broker " + brokerUrl() + ": " + e.getMessage(), e);
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setKeepAliveInterval(30);
        options.setMaxInflight(1000);
        if (StringUtils.hasText(settings.username)) {
            options.setUserName(settings.username);
            options.setPassword(settings.password.toCharArray());
        }
        return options;
    }

    @Override
    public void stop() {
        MqttClient mqtt = client;
        client = null;
        if (mqtt != null) {
            try {
                mqtt.disconnect(2000);
            } catch (MqttException e) {
                log.debug("MQTT disconnect: {}", e.getMessage());
            }
            try {
                mqtt.close(true);
            } catch (MqttException e) {
                log.debug("MQTT close: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1536;
    }

    private final class Callback implements MqttCallbackExtended {

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (reconnect) {
                reconnector.execute(MqttIngestion.this::subscribe); // a blocking call may not run on the callback thread
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            log.warn("MQTT connection lost ({}); reconnecting", cause == null ? "?" : cause.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            handle(topic, message);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }

    private void subscribe() {
        MqttClient mqtt = client;
        try {
            if (mqtt != null && mqtt.isConnected()) {
                mqtt.subscribe(settings.topicPrefix + "/+/+", 1);
            }
        } catch (MqttException e) {
            log.error("Cannot subscribe to {}/+/+: {}", settings.topicPrefix, e.getMessage());
        }
    }

    private void handle(String topic, MqttMessage message) {
        messages.incrementAndGet();
        String[] parts = topic.substring(Math.min(topic.length(), settings.topicPrefix.length() + 1)).split("/", -1);
        StationKind kind = parts.length == 2 ? StationKind.byTopic(parts[0]).orElse(null) : null;
        if (!topic.startsWith(settings.topicPrefix + "/") || kind == null || parts[1].isEmpty()) {
            reject(message, "topic " + topic + " is not " + settings.topicPrefix + "/<kind>/<stationId>");
            return;
        }
        if (message.getPayload().length > settings.maxPayloadBytes) {
            reject(message, "payload of " + message.getPayload().length + " bytes on " + topic);
            return;
        }
        String payload;
        try {
            payload = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message.getPayload())).toString();
        } catch (CharacterCodingException e) {
            reject(message, "payload on " + topic + " is not UTF-8");
            return;
        }
        try {
            monitoring.ingestTopic(kind, parts[1], payload, settings.maxReadingsPerMessage).whenComplete((report, error) -> {
                if (error != null) {
                    log.error("Readings on {} not stored; the broker will deliver them again", topic, error);
                    reconnect();
                    return;
                }
                if (!report.rejected().isEmpty()) {
                    rejectedReadings.addAndGet(report.rejected().size());
                    log.warn("{}: {} of {} readings refused, first: {} {}", topic, report.rejected().size(),
                            report.received(), report.rejected().get(0).code(), report.rejected().get(0).reason());
                }
                acknowledge(message);
            });
        } catch (ApiException e) {
            if (e.status().is5xxServerError()) {
                log.warn("Readings on {} not taken ({}); the broker will deliver them again", topic, e.code());
                reconnect();
            } else {
                reject(message, e.code() + " " + java.util.Arrays.toString(e.arguments()) + " on " + topic);
            }
        }
    }

    private void reject(MqttMessage message, String reason) {
        rejectedMessages.incrementAndGet();
        log.warn("MQTT message refused: {}", reason);
        acknowledge(message);
    }

    private void acknowledge(MqttMessage message) {
        MqttClient mqtt = client;
        if (mqtt == null) {
            return;
        }
        try {
            mqtt.messageArrivedComplete(message.getId(), message.getQos());
        } catch (MqttException e) {
            log.warn("MQTT acknowledgement failed ({}); the message will be delivered again", e.getMessage());
        }
    }

    /** Drops the connection so that the broker redelivers what was not acknowledged. */
    private void reconnect() {
        reconnector.execute(() -> {
            MqttClient mqtt = client;
            if (mqtt == null) {
                return;
            }
            try {
                mqtt.disconnectForcibly(100, 1000);
                mqtt.connect(options());
                subscribe();
            } catch (MqttException e) {
                log.warn("MQTT reconnect failed: {}", e.getMessage());
            }
        });
    }
}
