package org.anlan.vessel;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts the configured AIS feeds with the web platform and stops them before it: a TCP server
 * ({@code anlan.vessel.ais.tcp-port}), a TCP client to a receiver ({@code anlan.vessel.ais.receiver=host:port})
 * and a UDP listener ({@code anlan.vessel.ais.udp-port}). All are off unless configured; servers bind to
 * {@code anlan.vessel.ais.bind} (default loopback, so nothing is exposed by accident).
 */
@Component
class AisFeedLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AisFeedLifecycle.class);

    private final PositionIntake intake;
    private final int tcpPort;
    private final int udpPort;
    private final String receiver;
    private final String bind;
    private final List<AisFeeds.Feed> feeds = new ArrayList<>();
    private volatile boolean running;

    AisFeedLifecycle(PositionIntake intake, @Value("${anlan.vessel.ais.tcp-port:-1}") int tcpPort,
                     @Value("${anlan.vessel.ais.udp-port:-1}") int udpPort,
                     @Value("${anlan.vessel.ais.receiver:}") String receiver,
                     @Value("${anlan.vessel.ais.bind:127.0.0.1}") String bind) {
        this.intake = intake;
        this.tcpPort = tcpPort;
        this.udpPort = udpPort;
        this.receiver = receiver;
        this.bind = bind;
    }

    @Override
    public void start() {
        try {
            if (tcpPort >= 0) {
                feeds.add(AisFeeds.tcpServer(bind, tcpPort, 16, line -> intake.acceptAisLine("tcp:" + tcpPort, line)));
                log.info("AIS TCP server on {}:{}", bind, feeds.get(feeds.size() - 1).port());
            }
            if (udpPort >= 0) {
                feeds.add(AisFeeds.udp(bind, udpPort, line -> intake.acceptAisLine("udp:" + udpPort, line)));
                log.info("AIS UDP on {}:{}", bind, feeds.get(feeds.size() - 1).port());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the AIS feed: " + e.getMessage(), e);
        }
        if (!receiver.isBlank()) {
            int colon = receiver.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("anlan.vessel.ais.receiver must be host:port, not " + receiver);
            }
            feeds.add(AisFeeds.tcpClient(receiver.substring(0, colon), Integer.parseInt(receiver.substring(colon + 1)),
                    Duration.ofSeconds(2), line -> intake.acceptAisLine("receiver:" + receiver, line)));
        }
        running = true;
    }

    @Override
    public void stop() {
        feeds.forEach(AisFeeds.Feed::close);
        feeds.clear();
        intake.flush();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    List<AisFeeds.Feed> feeds() {
        return List.copyOf(feeds);
    }
}
