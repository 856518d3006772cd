package org.anlan.warning;

import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.anlan.platform.PlatformMode;
import org.anlan.warning.broadcast.LoopbackBroadcastServer;
import org.anlan.warning.mail.LoopbackSmtpServer;
import org.anlan.warning.mail.SmtpClient;
import org.anlan.warning.push.LoopbackPushGateway;
import org.anlan.warning.smpp.LoopbackSmsc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the channels lead. Configured gateways ({@code anlan.warning.smpp.host}, {@code anlan.warning.broadcast.host},
 * {@code anlan.warning.push.url}, {@code anlan.warning.smtp.host}) are used when set; in demo mode a channel without one goes to a loopback server
 * started here (the same servers the tests and the benchmark use), so the demo shows real deliveries and receipts.
 */
@Component
class DeliveryGateways implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryGateways.class);

    private final Environment env;
    private final boolean demo;
    private LoopbackSmsc smsc;
    private LoopbackBroadcastServer broadcast;
    private LoopbackPushGateway push;
    private LoopbackSmtpServer smtp;
    private final java.time.Clock clock;

    /** The mail domain of the demo officials, the one the loopback SMTP server has mailboxes for. */
    static final String DEMO_MAIL_DOMAIN = "yjj.xiangshan.example";

    DeliveryGateways(Environment env, PlatformMode mode, java.time.Clock clock) {
        this.env = env;
        this.demo = mode.demo();
        this.clock = clock;
    }

    synchronized Map<Channel, ChannelAdapter> open(Consumer<ChannelAdapter.Receipt> receipts) throws IOException {
        Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
        String smppHost = env.getProperty("anlan.warning.smpp.host");
        String systemId = env.getProperty("anlan.warning.smpp.system-id", "anlan");
        String password = env.getProperty("anlan.warning.smpp.password", "demo-pw");
        int smppPort = env.getProperty("anlan.warning.smpp.port", Integer.class, 2775);
        if (smppHost == null && demo) {
            smsc = new LoopbackSmsc(systemId, password);
            smppHost = "127.0.0.1";
            smppPort = smsc.port();
            log.info("SMS: loopback SMSC (SMPP 3.4) on port {}", smppPort);
        }
        if (smppHost != null) {
            adapters.put(Channel.SMS, new SmsChannel(new SmsChannel.Settings(smppHost, smppPort, systemId, password,
                    env.getProperty("anlan.warning.smpp.source", "12379"),
                    env.getProperty("anlan.warning.smpp.sessions", Integer.class, 4),
                    env.getProperty("anlan.warning.smpp.window", Integer.class, 256)), receipts));
        }
        String broadcastHost = env.getProperty("anlan.warning.broadcast.host");
        int broadcastPort = env.getProperty("anlan.warning.broadcast.port", Integer.class, 7600);
        if (broadcastHost == null && demo) {
            broadcast = new LoopbackBroadcastServer();
            broadcastHost = "127.0.0.1";
            broadcastPort = broadcast.port();
            log.info("Broadcast: loopback EBP/1 server on port {}", broadcastPort);
        }
        if (broadcastHost != null) {
            adapters.put(Channel.BROADCAST, new BroadcastChannel(new BroadcastChannel.Settings(broadcastHost, broadcastPort,
                    env.getProperty("anlan.warning.broadcast.window", Integer.class, 128)), receipts));
        }
        String pushUrl = env.getProperty("anlan.warning.push.url");
        if (pushUrl == null && demo) {
            push = new LoopbackPushGateway();
            pushUrl = push.url();
            log.info("App push: loopback gateway at {}", pushUrl);
        }
        if (pushUrl != null) {
            adapters.put(Channel.APP_PUSH, new PushChannel(URI.create(pushUrl), 32, receipts));
        }
        String smtpHost = env.getProperty("anlan.warning.smtp.host");
        int smtpPort = env.getProperty("anlan.warning.smtp.port", Integer.class, 25);
        if (smtpHost == null && demo) {
            smtp = LoopbackSmtpServer.forDomain(DEMO_MAIL_DOMAIN, 1024 * 1024);
            smtpHost = "127.0.0.1";
            smtpPort = smtp.port();
            log.info("E-mail: loopback SMTP server on port {}", smtpPort);
        }
        if (smtpHost != null) {
            adapters.put(Channel.EMAIL, new EmailChannel(new EmailChannel.Settings(smtpHost, smtpPort,
                    env.getProperty("anlan.warning.smtp.from", "warning@" + DEMO_MAIL_DOMAIN),
                    env.getProperty("anlan.warning.smtp.helo", "anlan.localdomain"),
                    env.getProperty("anlan.warning.smtp.max-recipients", Integer.class, 50), smtpSecurity()), clock, receipts));
        }
        return adapters;
    }

    /** {@code anlan.warning.smtp.starttls=true} upgrades with the JVM's trust store; a username adds AUTH PLAIN. */
    private SmtpClient.Security smtpSecurity() {
        if (!env.getProperty("anlan.warning.smtp.starttls", Boolean.class, false)) {
            if (env.getProperty("anlan.warning.smtp.username") != null) {
                throw new IllegalStateException("anlan.warning.smtp.username needs anlan.warning.smtp.starttls=true");
            }
            return SmtpClient.Security.NONE;
        }
        try {
            return new SmtpClient.Security(javax.net.ssl.SSLContext.getDefault().getSocketFactory(),
                    env.getProperty("anlan.warning.smtp.username"), env.getProperty("anlan.warning.smtp.password", ""));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context for SMTP STARTTLS", e);
        }
    }

    LoopbackSmtpServer loopbackSmtp() {
        return smtp;
    }

    LoopbackSmsc loopbackSmsc() {
        return smsc;
    }

    LoopbackBroadcastServer loopbackBroadcast() {
        return broadcast;
    }

    LoopbackPushGateway loopbackPush() {
        return push;
    }

    @Override
    public synchronized void close() throws IOException {
        if (smsc != null) {
            smsc.close();
        }
        if (broadcast != null) {
            broadcast.close();
        }
        if (push != null) {
            push.close();
        }
        if (smtp != null) {
            smtp.close();
        }
    }
}
