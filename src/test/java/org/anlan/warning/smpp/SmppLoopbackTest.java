package org.anlan.warning.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SmppLoopbackTest {

    private static final String LONG_TEXT = "象山县应急管理局发布暴雨橙色预警[Ⅱ级/严重]：石浦镇3小时内降雨量将达50毫米以上，请做好防御。".repeat(3);

    @Test
    void windowedSubmitsAreAnsweredAndEveryReceiptArrivesAndIsAcknowledged() throws Exception {
        try (LoopbackSmsc smsc = new LoopbackSmsc("anlan", "secret")) {
            smsc.unreachable(destination -> destination.endsWith("13"));
            Map<String, DeliveryReceipt> receipts = new ConcurrentHashMap<>();
            try (SmppClient client = SmppClient.bind("127.0.0.1", smsc.port(), "anlan", "secret", 32, receipt -> {
                receipts.put(receipt.messageId(), receipt);
                receipt.acknowledge().run();
            })) {
                List<CompletableFuture<String>> ids = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    ids.add(client.submit("12379", "861390000" + String.format("%04d", i), LONG_TEXT, true));
                }
                CompletableFuture.allOf(ids.toArray(CompletableFuture[]::new)).get();
                await().atMost(Duration.ofSeconds(10)).until(() -> smsc.receiptsAcknowledged() == 2_000);

                assertThat(ids.stream().map(CompletableFuture::join).distinct()).hasSize(2_000);
                assertThat(smsc.destinations()).hasSize(2_000);
                assertThat(receipts.values().stream().filter(r -> !r.delivered()).count()).isEqualTo(20);
                assertThat(receipts.values().stream().filter(r -> !r.delivered()).map(DeliveryReceipt::state))
                        .containsOnly("UNDELIV");
                assertThat(client.enquireLink().get()).isEmpty();
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtBind() throws IOException {
        try (LoopbackSmsc smsc = new LoopbackSmsc("anlan", "secret")) {
            assertThatThrownBy(() -> SmppClient.bind("127.0.0.1", smsc.port(), "anlan", "wrong", 8, r -> { }))
                    .hasMessageContaining("0xe");
        }
    }

    @Test
    void receiptsNotAcknowledgedAreResentAfterReconnecting() throws Exception {
        try (LoopbackSmsc smsc = new LoopbackSmsc("anlan", "secret")) {
            List<String> firstSession = new ArrayList<>();
            try (SmppClient client = SmppClient.bind("127.0.0.1", smsc.port(), "anlan", "secret", 8,
                    receipt -> firstSession.add(receipt.messageId()))) {
                client.submit("12379", "8613900000001", "测试", true).get();
                await().atMost(Duration.ofSeconds(5)).until(() -> firstSession.size() == 1);
            }
            assertThat(smsc.receiptsOutstanding()).isEqualTo(1);
            List<String> secondSession = new ArrayList<>();
            try (SmppClient ignored = SmppClient.bind("127.0.0.1", smsc.port(), "anlan", "secret", 8, receipt -> {
                secondSession.add(receipt.messageId());
                receipt.acknowledge().run();
            })) {
                await().atMost(Duration.ofSeconds(5)).until(() -> smsc.receiptsOutstanding() == 0);
            }
            assertThat(secondSession).isEqualTo(firstSession);
        }
    }

    @Test
    void heldReceiptsAreSentOnTheOpenSessionWhenReleased() throws Exception {
        try (LoopbackSmsc smsc = new LoopbackSmsc("anlan", "secret")) {
            smsc.holdReceipts(true);
            List<String> receipts = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (SmppClient client = SmppClient.bind("127.0.0.1", smsc.port(), "anlan", "secret", 8, receipt -> {
                receipts.add(receipt.messageId());
                receipt.acknowledge().run();
            })) {
                String first = client.submit("12379", "8613900000001", "测试", true).get();
                String second = client.submit("12379", "8613900000002", "测试", true).get();
                assertThat(client.enquireLink().get()).isEmpty();
                assertThat(receipts).isEmpty();
                assertThat(smsc.receiptsOutstanding()).isEqualTo(2);

                smsc.releaseReceipts();
                await().atMost(Duration.ofSeconds(5)).until(() -> smsc.receiptsOutstanding() == 0);
                assertThat(receipts).containsExactlyInAnyOrder(first, second);
                String third = client.submit("12379", "8613900000003", "测试", true).get();
                await().atMost(Duration.ofSeconds(5)).until(() -> receipts.contains(third));
            }
        }
    }
}
