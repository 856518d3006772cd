package org.anlan.warning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.anlan.warning.smpp.SmppClient;

/** SMS through an SMSC over SMPP 3.4: several bound sessions used in turn, each with its own window; reconnects. */
final class SmsChannel implements ChannelAdapter {

    record Settings(String host, int port, String systemId, String password, String sourceAddress, int sessions,
                    int window) {
    }

    private final Settings settings;
    private final Consumer<Receipt> receipts;
    private final List<SmppClient> sessions = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    SmsChannel(Settings settings, Consumer<Receipt> receipts) {
        this.settings = settings;
        this.receipts = receipts;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public CompletableFuture<String> send(String recipient, String text, WarningLevel level) throws InterruptedException {
        SmppClient session;
        try {
            session = session();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return session.submit(settings.sourceAddress(), recipient, text, true).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            if (cause instanceof SmppClient.SubmitFailed refused && !refused.retryable()) {
                return CompletableFuture.failedFuture(new Refused(refused.getMessage()));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private synchronized SmppClient session() throws IOException {
        if (sessions.isEmpty()) {
            for (int i = 0; i < settings.sessions(); i++) {
                sessions.add(bind());
            }
        }
        int index = Math.floorMod(next.getAndIncrement(), sessions.size());
        SmppClient session = sessions.get(index);
        if (!session.isOpen()) {
            session = bind();
            sessions.set(index, session);
        }
        return session;
    }

    private SmppClient bind() throws IOException {
        return SmppClient.bind(settings.host(), settings.port(), settings.systemId(), settings.password(),
                settings.window(), r -> receipts.accept(new Receipt(Channel.SMS, r.messageId(), r.delivered(),
                        r.state() + " err:" + r.error(), r.acknowledge())));
    }

    @Override
    public synchronized void close() {
        sessions.forEach(SmppClient::close);
        sessions.clear();
    }
}
