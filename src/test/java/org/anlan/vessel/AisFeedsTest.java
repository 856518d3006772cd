package org.anlan.vessel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The AIS feeds over loopback on random ports: TCP server, TCP client to a receiver, UDP; bounded lines. */
class AisFeedsTest {

    static final String SENTENCE = AisSentences.positionReport(412_400_001, 29.2, 122.1, 8.5, 90);

    private static List<String> take(BlockingQueue<String> queue, int count) throws InterruptedException {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String line = queue.poll(10, TimeUnit.SECONDS);
            assertThat(line).as("line %d arrived", i + 1).isNotNull();
            lines.add(line);
        }
        return lines;
    }

    @Test
    void theTcpServerReceivesLinesFromSeveralConnections() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (var feed = AisFeeds.tcpServer("127.0.0.1", 0, 4, received::add);
             var first = new Socket("127.0.0.1", feed.port());
             var second = new Socket("127.0.0.1", feed.port())) {
            first.getOutputStream().write((SENTENCE + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            second.getOutputStream().write(("!AIVDM,garbage*00\n" + SENTENCE + "\n").getBytes(StandardCharsets.ISO_8859_1));
            first.getOutputStream().flush();
            second.getOutputStream().flush();

            assertThat(take(received, 3)).containsExactlyInAnyOrder(SENTENCE, SENTENCE, "!AIVDM,garbage*00");
            assertThat(feed.lines()).isEqualTo(3);
        }
    }

    @Test
    void theTcpClientReadsAReceiverAndReconnectsAfterItDrops() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             var feed = AisFeeds.tcpClient("127.0.0.1", receiver.getLocalPort(), Duration.ofMillis(50), received::add)) {
            try (Socket connection = receiver.accept(); OutputStream out = connection.getOutputStream()) {
                out.write((SENTENCE + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            assertThat(take(received, 1)).containsExactly(SENTENCE);
            try (Socket again = receiver.accept(); OutputStream out = again.getOutputStream()) {
                out.write(("\\c:1700000000*55\\" + SENTENCE + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            assertThat(take(received, 1)).containsExactly("\\c:1700000000*55\\" + SENTENCE);
        }
    }

    @Test
    void udpDatagramsMayCarrySeveralLines() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (var feed = AisFeeds.udp("127.0.0.1", 0, received::add); var sender = new DatagramSocket()) {
            byte[] data = (SENTENCE + "\r\n" + SENTENCE + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            sender.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), feed.port()));

            assertThat(take(received, 2)).containsExactly(SENTENCE, SENTENCE);
        }
    }

    @Test
    void aLineWithoutEndIsCutSoThatTheDecoderRejectsIt() throws Exception {
        byte[] endless = new byte[100_000];
        java.util.Arrays.fill(endless, (byte) 'A');
        var lines = new NmeaLines(new ByteArrayInputStream(endless), 1024);

        assertThat(lines.next()).hasSize(1025);
        assertThat(lines.next()).isNull();
    }

    @Test
    void tagBlockTimesAreReadInSecondsOrMilliseconds() {
        assertThat(AisReplay.tagTime("\\s:r003669,c:1241544035*4A\\!AIVDM,1,1,,B,x,0*00"))
                .isEqualTo(java.time.Instant.ofEpochSecond(1241544035));
        assertThat(AisReplay.tagTime("\\c:1241544035123*4A\\!AIVDM")).isEqualTo(java.time.Instant.ofEpochMilli(1241544035123L));
        assertThat(AisReplay.tagTime("!AIVDM,1,1,,B,x,0*00")).isNull();
        assertThat(AisReplay.tagTime("\\c:notanumber*00\\!AIVDM")).isNull();
    }
}
