package org.anlan.warning.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.anlan.platform.net.LoopbackListener;

/**
 * An SMTP server (RFC 5321) on the loopback interface that accepts mail for the mailboxes of one domain and keeps
 * what it received. It enforces the command sequence (503), refuses unknown mailboxes (550), limits the message
 * size (552, announced by SIZE) and the recipients per transaction (452), and un-stuffs the dots of DATA. Secured
 * with {@link #requireTlsAndAuth}, it behaves like a submission relay: STARTTLS first (AUTH before it is 538), then
 * AUTH PLAIN (535 for wrong credentials), and no MAIL before authentication (530).
 */
public final class LoopbackSmtpServer implements AutoCloseable {

    /** One accepted message: envelope sender, the accepted recipients and the message as received (dots un-stuffed). */
    public record Received(String queueId, String from, List<String> recipients, String data) {
    }

    public static final int MAX_RECIPIENTS = 100;
    private static final int MAX_COMMAND_LINE = 512;
    private static final Pattern MAIL_FROM = Pattern.compile("(?i)MAIL FROM:\\s?<([^<>\\s]*)>((?:\\s+[A-Z0-9=._-]+)*)");
    private static final Pattern RCPT_TO = Pattern.compile("(?i)RCPT TO:\\s?<([^<>\\s@]+@[^<>\\s@]+)>");
    private static final Pattern SIZE = Pattern.compile("(?i)\\bSIZE=(\\d{1,12})\\b");

    private final LoopbackListener server;
    private final Predicate<String> mailboxExists;
    private final int maxMessageBytes;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicLong queueIds = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger deferred = new java.util.concurrent.atomic.AtomicInteger();
    private volatile SSLContext tls;
    private volatile String username;
    private volatile String password;

    /** Accepts mail for any mailbox {@code local@domain} of the given domain (case-insensitive). */
    public static LoopbackSmtpServer forDomain(String domain, int maxMessageBytes) throws IOException {
        String suffix = "@" + domain.toLowerCase(Locale.ROOT);
        return new LoopbackSmtpServer(address -> address.toLowerCase(Locale.ROOT).endsWith(suffix), maxMessageBytes);
    }

    public LoopbackSmtpServer(Predicate<String> mailboxExists, int maxMessageBytes) throws IOException {
        this.mailboxExists = mailboxExists;
        this.maxMessageBytes = maxMessageBytes;
        this.server = LoopbackListener.start("loopback-smtp", 50, this::serve);
    }

    public int port() {
        return server.port();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next {@code recipients} RCPT commands are answered 451 (mailbox busy, try later), as a loaded relay would. */
    public void deferNext(int recipients) {
        deferred.addAndGet(recipients);
    }

    /** From now on sessions must STARTTLS with this server context and AUTH PLAIN with these credentials. */
    public void requireTlsAndAuth(SSLContext context, String user, String secret) {
        this.username = user;
        this.password = secret;
        this.tls = context;
    }

    private void serve(Socket socket) {
        Session session = null;
        try {
            session = new Session(socket);
            session.run();
        } catch (IOException e) {
            // the client went away; its unfinished transaction is dropped
        } finally {
            try {
                (session == null ? socket : session.socket).close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private final class Session {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final SSLContext tlsContext = tls;
        private boolean encrypted;
        private boolean authenticated;
        private boolean greeted;
        private String from;
        private final List<String> recipients = new ArrayList<>();

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        private boolean secured() {
            return tlsContext != null;
        }

        void run() throws IOException {
            reply("220 anlan-loopback ESMTP ready");
            String line;
            while ((line = readLine(MAX_COMMAND_LINE)) != null) {
                String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> {
                        greeted = true;
                        reset();
                        List<String> lines = new ArrayList<>(List.of("250-anlan-loopback greets you",
                                "250-SIZE " + maxMessageBytes, "250-8BITMIME", "250-SMTPUTF8"));
                        if (secured()) {
                            lines.add(encrypted ? "250-AUTH PLAIN" : "250-STARTTLS");
                        }
                        lines.add("250 ENHANCEDSTATUSCODES");
                        reply(lines.toArray(String[]::new));
                    }
                    case "STAR" -> startTls(line);
                    case "AUTH" -> auth(line);
                    case "HELO" -> {
                        greeted = true;
                        reset();
                        reply("250 anlan-loopback");
                    }
                    case "MAIL" -> mail(line);
                    case "RCPT" -> rcpt(line);
                    case "DATA" -> data();
                    case "RSET" -> {
                        reset();
                        reply("250 2.0.0 reset");
                    }
                    case "NOOP" -> reply("250 2.0.0 ok");
                    case "VRFY" -> reply("252 2.5.0 cannot verify, will attempt delivery");
                    case "QUIT" -> {
                        reply("221 2.0.0 bye");
                        return;
                    }
                    default -> reply("500 5.5.2 command not recognised");
                }
            }
        }

        private void startTls(String line) throws IOException {
            if (!secured() || encrypted || !line.equalsIgnoreCase("STARTTLS")) {
                reply(secured() && !encrypted ? "501 5.5.4 syntax: STARTTLS" : "503 5.5.1 TLS not available now");
                return;
            }
            reply("220 2.0.0 ready to start TLS");
            SSLSocket upgraded = (SSLSocket) tlsContext.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
            upgraded.setUseClientMode(false);
            upgraded.startHandshake();
            socket = upgraded;
            in = new BufferedInputStream(upgraded.getInputStream());
            out = upgraded.getOutputStream();
            encrypted = true;
            greeted = false; // RFC 3207: the client starts over with EHLO
            reset();
        }

        private void auth(String line) throws IOException {
            String[] words = line.split(" ");
            if (!secured() || authenticated || !greeted) {
                reply("503 5.5.1 AUTH not available now");
            } else if (!encrypted) {
                reply("538 5.7.11 encryption required for requested authentication mechanism");
            } else if (words.length < 2 || !words[1].equalsIgnoreCase("PLAIN")) {
                reply("504 5.5.4 unrecognised authentication type");
            } else {
                String response = words.length > 2 ? words[2] : askForResponse();
                if (response != null && plainMatches(response)) {
                    authenticated = true;
                    reply("235 2.7.0 authentication successful");
                } else {
                    reply("535 5.7.8 authentication credentials invalid");
                }
            }
        }

        private String askForResponse() throws IOException {
            reply("334 ");
            return readLine(MAX_COMMAND_LINE);
        }

        /** RFC 4616: [authzid] NUL authcid NUL passwd. */
        private boolean plainMatches(String base64) {
            byte[] decoded;
            try {
                decoded = java.util.Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
            String[] parts = new String(decoded, StandardCharsets.UTF_8).split("\0", -1);
            return parts.length == 3 && parts[1].equals(username) && parts[2].equals(password);
        }

        private void mail(String line) throws IOException {
            if (!greeted) {
                reply("503 5.5.1 send EHLO first");
                return;
            }
            if (secured() && !authenticated) {
                reply("530 5.7.0 authentication required");
                return;
            }
            if (from != null) {
                reply("503 5.5.1 nested MAIL command");
                return;
            }
            Matcher m = MAIL_FROM.matcher(line);
            if (!m.matches()) {
                reply("501 5.5.4 syntax: MAIL FROM:<address>");
                return;
            }
            Matcher size = SIZE.matcher(m.group(2));
            if (size.find() && Long.parseLong(size.group(1)) > maxMessageBytes) {
                reply("552 5.3.4 message size exceeds fixed limit of " + maxMessageBytes);
                return;
            }
            from = m.group(1);
            reply("250 2.1.0 sender ok");
        }

        private void rcpt(String line) throws IOException {
            if (from == null) {
                reply("503 5.5.1 need MAIL before RCPT");
                return;
            }
            Matcher m = RCPT_TO.matcher(line);
            if (!m.matches()) {
                reply("501 5.1.3 syntax: RCPT TO:<local@domain>");
            } else if (recipients.size() >= MAX_RECIPIENTS) {
                reply("452 4.5.3 too many recipients");
            } else if (deferred.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                reply("451 4.3.0 <" + m.group(1) + ">: mailbox busy, try again later");
            } else if (!mailboxExists.test(m.group(1))) {
                reply("550 5.1.1 <" + m.group(1) + ">: no such mailbox");
            } else {
                recipients.add(m.group(1));
                reply("250 2.1.5 recipient ok");
            }
        }

        private void data() throws IOException {
            if (from == null || recipients.isEmpty()) {
                reply("503 5.5.1 need MAIL and at least one accepted RCPT before DATA");
                return;
            }
            reply("354 end data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            boolean tooLarge = false;
            String line;
            while (true) {
                line = readLine(maxMessageBytes + 2);
                if (line == null) {
                    return;
                }
                if (line.equals(".")) {
                    break;
                }
                String unstuffed = line.startsWith(".") ? line.substring(1) : line;
                if (!tooLarge) {
                    message.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.UTF_8));
                    tooLarge = message.size() > maxMessageBytes;
                    if (tooLarge) {
                        message.reset();
                    }
                }
            }
            if (tooLarge) {
                reply("552 5.3.4 message size exceeds fixed limit of " + maxMessageBytes);
            } else {
                String id = "Q" + queueIds.incrementAndGet();
                received.add(new Received(id, from, List.copyOf(recipients), message.toString(StandardCharsets.UTF_8)));
                reply("250 2.0.0 ok queued as " + id);
            }
            reset();
        }

        private void reset() {
            from = null;
            recipients.clear();
        }

        /** A CRLF-terminated line without its end; a line beyond the limit is drained and answered with 500. */
        private String readLine(int limit) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            boolean overlong = false;
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    if (overlong) {
                        reply("500 5.5.6 line too long");
                        line.reset();
                        overlong = false;
                        continue;
                    }
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, length, StandardCharsets.UTF_8);
                }
                if (line.size() > limit) {
                    overlong = true;
                } else {
                    line.write(b);
                }
            }
            return null;
        }

        private void reply(String... lines) throws IOException {
            StringBuilder text = new StringBuilder();
            for (String l : lines) {
                text.append(l).append("\r\n");
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
