package org.anlan.warning.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * An SMTP client (RFC 5321) on one connection: greeting, EHLO, optionally STARTTLS (RFC 3207, the server's name
 * verified) and AUTH PLAIN (RFC 4954 / 4616), then any number of transactions, QUIT on close.
 * Not thread-safe; one transaction at a time.
 */
public final class SmtpClient implements AutoCloseable {

    /** Per-recipient RCPT replies and the reply that ended DATA (null when no recipient was accepted). */
    public record Transaction(Map<String, SmtpReply> recipients, SmtpReply data) {
    }

    /** The server answered a command of the session itself (greeting, EHLO, MAIL FROM) negatively. */
    public static final class SessionRefused extends IOException {
        private final SmtpReply reply;

        SessionRefused(String command, SmtpReply reply) {
            super(command + " refused: " + reply);
            this.reply = reply;
        }

        public SmtpReply reply() {
            return reply;
        }
    }

    /** The relay refused the credentials (or offers no AUTH PLAIN): a configuration problem, so sends are retried. */
    public static final class AuthenticationFailed extends IOException {
        AuthenticationFailed(String message) {
            super(message);
        }
    }

    /**
     * How a session is secured: STARTTLS through {@code startTls} (null: a plain session) and AUTH PLAIN with the
     * credentials (null username: no AUTH). Credentials are only ever sent inside TLS.
     */
    public record Security(SSLSocketFactory startTls, String username, String password) {
        public static final Security NONE = new Security(null, null, null);

        public Security {
            if (username != null && startTls == null) {
                throw new IllegalArgumentException("SMTP AUTH needs STARTTLS: credentials are not sent in clear text");
            }
        }
    }

    private static final int MAX_LINE = 4096;

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final Set<String> extensions = new TreeSet<>();
    private final List<String> lastLines = new java.util.ArrayList<>();

    private SmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    public static SmtpClient connect(String host, int port, String heloName) throws IOException {
        return connect(host, port, heloName, Security.NONE);
    }

    public static SmtpClient connect(String host, int port, String heloName, Security security) throws IOException {
        Socket socket = new Socket();
        SmtpClient client = null;
        try {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            client = new SmtpClient(socket);
            client.expect("greeting", client.reply());
            client.ehlo(heloName);
            if (security.startTls() != null) {
                client.startTls(security.startTls(), host, port);
                client.ehlo(heloName);
            }
            if (security.username() != null) {
                client.authenticate(security.username(), security.password());
            }
            return client;
        } catch (IOException | RuntimeException e) {
            (client == null ? socket : client.socket).close();
            throw e;
        }
    }

    private void ehlo(String heloName) throws IOException {
        expect("EHLO", command("EHLO " + heloName));
        extensions.clear();
        // the first line names the server; each further one is an extension keyword with its parameters
        lastLines.stream().skip(1).map(l -> l.toUpperCase(java.util.Locale.ROOT)).forEach(extensions::add);
    }

    private void startTls(SSLSocketFactory factory, String host, int port) throws IOException {
        if (!extensions.contains("STARTTLS")) {
            throw new IOException("SMTP server " + host + " does not offer STARTTLS");
        }
        expect("STARTTLS", command("STARTTLS"));
        SSLSocket tls = (SSLSocket) factory.createSocket(socket, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the relay we dialled
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        socket = tls;
        in = new BufferedInputStream(tls.getInputStream());
        out = tls.getOutputStream();
    }

    private void authenticate(String username, String password) throws IOException {
        boolean plainOffered = extensions.stream().anyMatch(e -> e.startsWith("AUTH ") && List.of(e.split(" ")).contains("PLAIN"));
        if (!plainOffered) {
            throw new AuthenticationFailed("SMTP server offers no AUTH PLAIN");
        }
        String token = java.util.Base64.getEncoder().encodeToString(
                ("\0" + username + "\0" + password).getBytes(StandardCharsets.UTF_8));
        SmtpReply reply = command("AUTH PLAIN " + token);
        if (reply.code() != 235) {
            throw new AuthenticationFailed("AUTH refused: " + reply);
        }
    }

    /** The EHLO keywords the server announced, upper case, with their parameters (e.g. {@code SIZE 1048576}). */
    public Set<String> extensions() {
        return Set.copyOf(extensions);
    }

    public boolean isOpen() {
        return !socket.isClosed();
    }

    /**
     * One mail transaction. A recipient the server refuses does not stop the others; when none is accepted the
     * transaction is reset instead of sending DATA. {@code message} is the RFC 5322 message with CRLF line ends.
     */
    public Transaction send(String from, List<String> recipients, byte[] message) throws IOException {
        expect("MAIL FROM", command("MAIL FROM:<" + from + ">" + sizeParameter(message)));
        Map<String, SmtpReply> replies = new LinkedHashMap<>();
        for (String recipient : recipients) {
            replies.put(recipient, command("RCPT TO:<" + recipient + ">"));
        }
        if (replies.values().stream().noneMatch(SmtpReply::positive)) {
            expect("RSET", command("RSET"));
            return new Transaction(replies, null);
        }
        SmtpReply go = command("DATA");
        if (go.code() != 354) {
            command("RSET");
            return new Transaction(replies, go);
        }
        out.write(dotStuffed(message));
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new Transaction(replies, reply());
    }

    private String sizeParameter(byte[] message) {
        return extensions.stream().anyMatch(e -> e.equals("SIZE") || e.startsWith("SIZE ")) ? " SIZE=" + message.length : "";
    }

    /** Doubles a dot at the start of every line (RFC 5321 §4.5.2) and makes sure the message ends with CRLF. */
    static byte[] dotStuffed(byte[] message) {
        ByteArrayOutputStream stuffed = new ByteArrayOutputStream(message.length + 64);
        boolean lineStart = true;
        for (byte b : message) {
            if (lineStart && b == '.') {
                stuffed.write('.');
            }
            stuffed.write(b);
            lineStart = b == '\n';
        }
        if (!lineStart) {
            stuffed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return stuffed.toByteArray();
    }

    SmtpReply command(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return reply();
    }

    private SmtpReply reply() throws IOException {
        lastLines.clear();
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(2))) {
                throw new IOException("malformed SMTP reply: " + line);
            }
            boolean more = line.length() > 3 && line.charAt(3) == '-';
            String text = line.length() > 4 ? line.substring(4) : "";
            lastLines.add(text);
            if (!more) {
                return new SmtpReply(Integer.parseInt(line.substring(0, 3)), text);
            }
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("SMTP reply line longer than " + MAX_LINE);
            }
            line.write(b);
        }
        throw new IOException("SMTP server closed the connection");
    }

    private void expect(String command, SmtpReply reply) throws IOException {
        if (!reply.positive()) {
            throw new SessionRefused(command, reply);
        }
    }

    @Override
    public void close() {
        try {
            if (!socket.isClosed()) {
                command("QUIT");
            }
        } catch (IOException ignored) {
            // the server may already have gone; the socket is closed below either way
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
