package org.anlan.warning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopbackSmtpServerTest {

    LoopbackSmtpServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackSmtpServer.forDomain("yjj.example", 4096);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void commandsOutOfSequenceAre503AndTheSessionGoesOn() throws IOException {
        try (RawSession s = new RawSession(server.port())) {
            assertThat(s.read()).startsWith("220 ");
            assertThat(s.ask("MAIL FROM:<a@yjj.example>")).startsWith("503 ");
            assertThat(s.ask("RCPT TO:<b@yjj.example>")).startsWith("503 ");
            assertThat(s.askMultiline("EHLO tester")).contains("250-SIZE 4096", "250-8BITMIME", "250-SMTPUTF8");
            assertThat(s.ask("DATA")).startsWith("503 ");
            assertThat(s.ask("RCPT TO:<b@yjj.example>")).startsWith("503 ");
            assertThat(s.ask("MAIL FROM:<a@yjj.example>")).startsWith("250 ");
            assertThat(s.ask("MAIL FROM:<a@yjj.example>")).startsWith("503 ");
            assertThat(s.ask("DATA")).as("no accepted recipient yet").startsWith("503 ");
            assertThat(s.ask("RCPT TO:not-an-address")).startsWith("501 ");
            assertThat(s.ask("RCPT TO:<b@yjj.example>")).startsWith("250 ");
            assertThat(s.ask("RSET")).startsWith("250 ");
            assertThat(s.ask("RCPT TO:<b@yjj.example>")).as("RSET ended the transaction").startsWith("503 ");
            assertThat(s.ask("FROB")).startsWith("500 ");
            assertThat(s.ask("QUIT")).startsWith("221 ");
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void anUnknownRecipientIsRefusedWith550WhileTheOthersGetTheMessage() throws IOException {
        byte[] message = MailMessage.plainText("warning@yjj.example", "m1@anlan", ZonedDateTime.of(2026, 8, 10, 9, 30, 0, 0,
                ZoneId.of("Asia/Shanghai")), "高塘岛乡地质灾害橙色预警", "请立即组织转移。\n预警编号 33022541600002026081009300001");
        try (SmtpClient client = SmtpClient.connect("127.0.0.1", server.port(), "anlan.test")) {
            assertThat(client.extensions()).contains("SIZE 4096", "8BITMIME", "SMTPUTF8");
            SmtpClient.Transaction t = client.send("warning@yjj.example",
                    List.of("duty@yjj.example", "nobody@elsewhere.example", "head@YJJ.example"), message);
            assertThat(t.recipients().get("duty@yjj.example").code()).isEqualTo(250);
            assertThat(t.recipients().get("nobody@elsewhere.example").code()).isEqualTo(550);
            assertThat(t.recipients().get("head@YJJ.example").code()).isEqualTo(250);
            assertThat(t.data().code()).isEqualTo(250);

            SmtpClient.Transaction none = client.send("warning@yjj.example", List.of("x@elsewhere.example"), message);
            assertThat(none.data()).as("no DATA without an accepted recipient").isNull();
        }
        assertThat(server.received()).hasSize(1);
        LoopbackSmtpServer.Received mail = server.received().get(0);
        assertThat(mail.recipients()).containsExactly("duty@yjj.example", "head@YJJ.example");
        assertThat(mail.data()).contains("Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64");
        assertThat(decodedSubject(mail.data())).isEqualTo("高塘岛乡地质灾害橙色预警");
        assertThat(decodedBody(mail.data())).isEqualTo("请立即组织转移。\r\n预警编号 33022541600002026081009300001");
    }

    @Test
    void linesStartingWithADotArriveIntact() throws IOException {
        String text = "Subject: dots\r\n\r\n.hidden\r\n..two\r\n.\r\nlast line\r\n";
        try (SmtpClient client = SmtpClient.connect("127.0.0.1", server.port(), "anlan.test")) {
            SmtpClient.Transaction t = client.send("w@yjj.example", List.of("d@yjj.example"), text.getBytes(StandardCharsets.UTF_8));
            assertThat(t.data().code()).isEqualTo(250);
        }
        assertThat(server.received().get(0).data()).isEqualTo(text);
        assertThat(new String(SmtpClient.dotStuffed(".a\r\nb\r\n.".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII))
                .isEqualTo("..a\r\nb\r\n..\r\n");
    }

    @Test
    void aMessageOverTheSizeLimitIsRefusedWith552() throws IOException {
        byte[] large = ("Subject: big\r\n\r\n" + "x".repeat(80) + "\r\n").repeat(60).getBytes(StandardCharsets.US_ASCII);
        try (SmtpClient client = SmtpClient.connect("127.0.0.1", server.port(), "anlan.test")) {
            assertThatThrownBy(() -> client.send("w@yjj.example", List.of("d@yjj.example"), large))
                    .isInstanceOfSatisfying(SmtpClient.SessionRefused.class, e -> assertThat(e.reply().code()).isEqualTo(552));
        }
        try (RawSession s = new RawSession(server.port())) {
            s.read();
            s.askMultiline("EHLO tester");
            assertThat(s.ask("MAIL FROM:<w@yjj.example>")).as("no SIZE given").startsWith("250 ");
            assertThat(s.ask("RCPT TO:<d@yjj.example>")).startsWith("250 ");
            assertThat(s.ask("DATA")).startsWith("354 ");
            s.write(new String(large, StandardCharsets.US_ASCII));
            assertThat(s.ask(".")).startsWith("552 ");
            assertThat(s.ask("RCPT TO:<d@yjj.example>")).as("the transaction ended").startsWith("503 ");
        }
        assertThat(server.received()).isEmpty();
    }

    private static String decodedSubject(String data) {
        Matcher header = Pattern.compile("Subject: ((?:.*\r\n)(?: .*\r\n)*)").matcher(data);
        assertThat(header.find()).isTrue();
        Matcher word = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?=").matcher(header.group(1));
        StringBuilder subject = new StringBuilder();
        while (word.find()) {
            subject.append(new String(Base64.getDecoder().decode(word.group(1)), StandardCharsets.UTF_8));
        }
        return subject.toString();
    }

    private static String decodedBody(String data) {
        String body = data.substring(data.indexOf("\r\n\r\n") + 4);
        return new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
    }

    /** A hand-typed SMTP session, to send what a correct client never would. */
    static final class RawSession implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        RawSession(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        String read() throws IOException {
            return in.readLine();
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String ask(String line) throws IOException {
            write(line + "\r\n");
            return read();
        }

        List<String> askMultiline(String line) throws IOException {
            write(line + "\r\n");
            List<String> lines = new java.util.ArrayList<>();
            String l;
            do {
                l = read();
                lines.add(l);
            } while (l.charAt(3) == '-');
            return lines;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
