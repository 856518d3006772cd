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
import org.anlan.platform.net.LoopbackListener;

/**
 * An SMTP server (RFC 5321) on the loopback interface that accepts mail for the mailboxes of one domain and keeps
 * what it received. It enforces the command sequence (503), refuses unknown mailboxes (550), limits the message
 * size (552, announced by SIZE) and the recipients per transaction (452), and un-stuffs the dots of DATA.
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

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream()); OutputStream out = socket.getOutputStream()) {
            new Session(in, out).run();
        } catch (IOException e) {
            // the client went away; its unfinished transaction is dropped
        }
    }

    private final class Session {
        private final InputStream in;
        private final OutputStream out;
        private boolean greeted;
        private String from;
        private final List<String> recipients = new ArrayList<>();

        Session(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
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
                        reply("250-anlan-loopback greets you", "250-SIZE " + maxMessageBytes, "250-8BITMIME",
                                "250-SMTPUTF8", "250 ENHANCEDSTATUSCODES");
                    }
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

        private void mail(String line) throws IOException {
            if (!greeted) {
                reply("503 5.5.1 send EHLO first");
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
