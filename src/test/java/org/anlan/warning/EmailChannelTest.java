package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.anlan.warning.mail.LoopbackSmtpServer;
import org.anlan.warning.mail.SmtpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's mapping of SMTP replies to delivery outcomes: 250 delivered (with a receipt), 5xx refused, 4xx retried. */
class EmailChannelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-10T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String TEXT = "石浦镇暴雨红色预警\n请立即回复确认收到（叫应）。\n\n预警编号（CAP identifier）：330225000000002026081001300001";

    LoopbackSmtpServer server;
    List<ChannelAdapter.Receipt> receipts = new CopyOnWriteArrayList<>();
    EmailChannel channel;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackSmtpServer.forDomain("yjj.example", 64 * 1024);
        channel = channelTo(server.port());
    }

    @AfterEach
    void stop() throws IOException {
        channel.close();
        server.close();
    }

    @Test
    void acceptedRecipientsAreDeliveredWithAReceiptAndAnUnknownOneIsRefused() throws Exception {
        CompletableFuture<String> duty = channel.send("duty@yjj.example", TEXT, WarningLevel.RED);
        CompletableFuture<String> unknown = channel.send("nobody@elsewhere.example", TEXT, WarningLevel.RED);
        CompletableFuture<String> head = channel.send("head@yjj.example", TEXT, WarningLevel.RED);

        assertThat(duty.get(10, TimeUnit.SECONDS)).endsWith("/duty@yjj.example");
        assertThat(head.get(10, TimeUnit.SECONDS)).endsWith("/head@yjj.example");
        assertThatThrownBy(() -> unknown.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ChannelAdapter.Refused.class).hasMessageContaining("550");
        assertThat(receipts).extracting(ChannelAdapter.Receipt::gatewayId).containsExactlyInAnyOrder(duty.get(), head.get());
        assertThat(receipts).allSatisfy(r -> {
            assertThat(r.channel()).isEqualTo(Channel.EMAIL);
            assertThat(r.delivered()).isTrue();
            assertThat(r.detail()).startsWith("250");
        });
        assertThat(server.received().stream().flatMap(m -> m.recipients().stream()))
                .containsExactlyInAnyOrder("duty@yjj.example", "head@yjj.example");
        assertThat(server.received().get(0).data()).contains("Subject: =?UTF-8?B?", "Date: Mon, 10 Aug 2026 09:30:00 +0800");
    }

    @Test
    void aDeferredRecipientAndAnUnreachableRelayAreLeftToTheEnginesRetry() throws Exception {
        server.deferNext(1);
        CompletableFuture<String> busy = channel.send("duty@yjj.example", TEXT, WarningLevel.RED);
        assertThatThrownBy(() -> busy.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IOException.class).isNotInstanceOf(ChannelAdapter.Refused.class).hasMessageContaining("451");
        assertThat(channel.send("duty@yjj.example", TEXT, WarningLevel.RED).get(10, TimeUnit.SECONDS)).isNotBlank();

        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (EmailChannel unreachable = channelTo(closedPort)) {
            CompletableFuture<String> lost = unreachable.send("duty@yjj.example", TEXT, WarningLevel.RED);
            assertThatThrownBy(() -> lost.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(IOException.class).isNotInstanceOf(ChannelAdapter.Refused.class);
        }
        assertThat(receipts).hasSize(1);
    }

    private EmailChannel channelTo(int port) {
        return new EmailChannel(new EmailChannel.Settings("127.0.0.1", port, "warning@yjj.example", "anlan.test", 50, SmtpClient.Security.NONE),
                CLOCK, receipts::add);
    }
}
