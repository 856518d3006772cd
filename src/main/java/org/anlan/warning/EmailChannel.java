package org.anlan.warning;

import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.anlan.warning.mail.MailMessage;
import org.anlan.warning.mail.SmtpClient;
import org.anlan.warning.mail.SmtpReply;

/**
 * E-mail through an SMTP relay. Sends of the same text that arrive while a transaction is under way are gathered
 * into the next transaction (up to {@code maxRecipients} RCPTs). SMTP has no delivery receipts: a recipient counts
 * as delivered once the relay accepted its RCPT and answered the end of DATA with 250, so the receipt is emitted
 * then. A 5xx reply refuses the recipient for good; 4xx replies and connection errors are retried by the engine.
 * The job text's first line is the subject, the rest the body.
 */
final class EmailChannel implements ChannelAdapter {

    record Settings(String host, int port, String from, String heloName, int maxRecipients, SmtpClient.Security security) {
    }

    private record Send(String recipient, CompletableFuture<String> accepted) {
    }

    private final Settings settings;
    private final Consumer<Receipt> receipts;
    private final Clock clock;
    private final ExecutorService transactions = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "warning-email");
        t.setDaemon(true);
        return t;
    });
    /** Recipients waiting for a transaction, by text; a text is present exactly while a flush of it is scheduled. */
    private final Map<String, List<Send>> waiting = new LinkedHashMap<>();
    private SmtpClient client;

    EmailChannel(Settings settings, Clock clock, Consumer<Receipt> receipts) {
        this.settings = settings;
        this.clock = clock;
        this.receipts = receipts;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public CompletableFuture<String> send(String recipient, String text, WarningLevel level) {
        Send send = new Send(recipient, new CompletableFuture<>());
        synchronized (waiting) {
            List<Send> batch = waiting.get(text);
            if (batch == null || batch.size() >= settings.maxRecipients()) {
                List<Send> fresh = new ArrayList<>();
                waiting.put(text, fresh);
                transactions.execute(() -> transact(text, fresh));
                batch = fresh;
            }
            batch.add(send);
        }
        return send.accepted();
    }

    private void transact(String text, List<Send> batch) {
        List<Send> sends;
        synchronized (waiting) {
            waiting.remove(text, batch);
            sends = List.copyOf(batch);
        }
        String messageId = UUID.randomUUID() + "@" + settings.heloName();
        int newline = text.indexOf('\n');
        String subject = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? text : text.substring(newline + 1).strip();
        byte[] message = MailMessage.plainText(settings.from(), messageId, ZonedDateTime.now(clock), subject, body);
        SmtpClient.Transaction result;
        try {
            result = client().send(settings.from(), sends.stream().map(Send::recipient).toList(), message);
        } catch (IOException e) {
            dropClient();
            Exception failure = e instanceof SmtpClient.SessionRefused refused && refused.reply().permanentFailure()
                    ? new Refused(e.getMessage()) : e;
            sends.forEach(s -> s.accepted().completeExceptionally(failure));
            return;
        }
        for (Send s : sends) {
            SmtpReply rcpt = result.recipients().get(s.recipient());
            SmtpReply outcome = rcpt.positive() ? result.data() : rcpt;
            if (outcome.positive()) {
                String gatewayId = messageId + "/" + s.recipient();
                receipts.accept(new Receipt(Channel.EMAIL, gatewayId, true, outcome.toString(), () -> { }));
                s.accepted().complete(gatewayId);
            } else if (outcome.permanentFailure()) {
                s.accepted().completeExceptionally(new Refused("SMTP " + outcome));
            } else {
                s.accepted().completeExceptionally(new IOException("SMTP " + outcome));
            }
        }
        boolean idle;
        synchronized (waiting) {
            idle = waiting.isEmpty();
        }
        if (idle) {
            dropClient();
        }
    }

    private SmtpClient client() throws IOException {
        if (client == null || !client.isOpen()) {
            client = SmtpClient.connect(settings.host(), settings.port(), settings.heloName(), settings.security());
        }
        return client;
    }

    private void dropClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @Override
    public void close() {
        transactions.execute(this::dropClient);
        transactions.shutdown();
    }
}
