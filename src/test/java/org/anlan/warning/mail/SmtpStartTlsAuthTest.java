package org.anlan.warning.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay that wants STARTTLS then AUTH PLAIN, as county mail relays do: the client upgrades, checks the relay's
 * certificate names the host it dialled, sends credentials only inside TLS, and reports refused credentials as
 * an authentication failure (retried, not a refused recipient). Certificates are made by the JDK's keytool.
 */
class SmtpStartTlsAuthTest {

    static final char[] STORE_PASSWORD = "loopback".toCharArray();
    static final byte[] MESSAGE = MailMessage.plainText("warning@yjj.example", "m1@anlan",
            ZonedDateTime.of(2026, 8, 10, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai")), "石浦镇暴雨红色预警", "请立即回复确认收到。");

    @TempDir
    static Path keys;
    static KeyStore loopbackIdentity;
    static KeyStore otherHostIdentity;

    LoopbackSmtpServer server;

    @BeforeAll
    static void certificates() throws Exception {
        loopbackIdentity = selfSigned("loopback", "ip:127.0.0.1,dns:localhost");
        otherHostIdentity = selfSigned("other", "dns:relay.elsewhere.example");
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void startTlsThenAuthPlainDeliversTheMessage() throws Exception {
        server = securedServer(loopbackIdentity);
        var security = new SmtpClient.Security(trusting(loopbackIdentity), "yjj-warning", "s3cret-口令");
        try (SmtpClient client = SmtpClient.connect("127.0.0.1", server.port(), "anlan.test", security)) {
            assertThat(client.extensions()).contains("AUTH PLAIN").doesNotContain("STARTTLS");
            var transaction = client.send("warning@yjj.example", List.of("duty@yjj.example"), MESSAGE);
            assertThat(transaction.data().code()).isEqualTo(250);
        }
        assertThat(server.received()).singleElement().satisfies(m -> assertThat(m.recipients()).containsExactly("duty@yjj.example"));
    }

    @Test
    void wrongCredentialsAreAnAuthenticationFailureAndNothingIsSent() throws Exception {
        server = securedServer(loopbackIdentity);
        var security = new SmtpClient.Security(trusting(loopbackIdentity), "yjj-warning", "wrong");
        assertThatThrownBy(() -> SmtpClient.connect("127.0.0.1", server.port(), "anlan.test", security))
                .isInstanceOf(SmtpClient.AuthenticationFailed.class).hasMessageContaining("535");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aCertificateForAnotherHostIsRejectedBeforeAnyCredentialIsSent() throws Exception {
        server = securedServer(otherHostIdentity);
        var security = new SmtpClient.Security(trusting(otherHostIdentity), "yjj-warning", "s3cret-口令");
        assertThatThrownBy(() -> SmtpClient.connect("127.0.0.1", server.port(), "anlan.test", security))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aRelayWithoutStartTlsNeverSeesTheCredentials() throws Exception {
        server = LoopbackSmtpServer.forDomain("yjj.example", 4096);
        var security = new SmtpClient.Security(trusting(loopbackIdentity), "yjj-warning", "s3cret-口令");
        assertThatThrownBy(() -> SmtpClient.connect("127.0.0.1", server.port(), "anlan.test", security))
                .isInstanceOf(IOException.class).hasMessageContaining("does not offer STARTTLS");
        assertThatThrownBy(() -> new SmtpClient.Security(null, "yjj-warning", "s3cret"))
                .as("credentials in clear text are refused by construction").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServerWantsTlsBeforeAuthAndAuthBeforeMail() throws Exception {
        server = securedServer(loopbackIdentity);
        try (var s = new LoopbackSmtpServerTest.RawSession(server.port())) {
            assertThat(s.read()).startsWith("220 ");
            assertThat(s.askMultiline("EHLO tester")).contains("250-STARTTLS").noneMatch(l -> l.contains("AUTH"));
            assertThat(s.ask("AUTH PLAIN AHlqai13YXJuaW5nAHMzY3JldA==")).startsWith("538 ");
            assertThat(s.ask("MAIL FROM:<a@yjj.example>")).startsWith("530 ");
            assertThat(s.ask("QUIT")).startsWith("221 ");
        }
        assertThat(server.received()).isEmpty();
    }

    private LoopbackSmtpServer securedServer(KeyStore identity) throws Exception {
        LoopbackSmtpServer secured = LoopbackSmtpServer.forDomain("yjj.example", 64 * 1024);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        secured.requireTlsAndAuth(context, "yjj-warning", "s3cret-口令");
        return secured;
    }

    private static SSLSocketFactory trusting(KeyStore identity) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(identity);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private static KeyStore selfSigned(String name, String subjectAlternativeNames) throws Exception {
        Path store = keys.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", name, "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "san=" + subjectAlternativeNames,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, STORE_PASSWORD);
        }
        return keyStore;
    }
}
