package org.anlan.warning;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.anlan.warning.broadcast.BroadcastClient;

/** Emergency broadcast terminals (应急广播) through the broadcast system's EBP/1 interface; reconnects when dropped. */
final class BroadcastChannel implements ChannelAdapter {

    record Settings(String host, int port, int window) {
    }

    private final Settings settings;
    private final Consumer<Receipt> receipts;
    private BroadcastClient client;

    BroadcastChannel(Settings settings, Consumer<Receipt> receipts) {
        this.settings = settings;
        this.receipts = receipts;
    }

    @Override
    public Channel channel() {
        return Channel.BROADCAST;
    }

    @Override
    public CompletableFuture<String> send(String terminal, String text, WarningLevel level) throws InterruptedException {
        BroadcastClient session;
        try {
            session = session();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return session.play(terminal, text, level.name()).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            return CompletableFuture.failedFuture(cause.getMessage() != null && cause.getMessage().startsWith("refused")
                    ? new Refused(cause.getMessage()) : cause);
        });
    }

    private synchronized BroadcastClient session() throws IOException {
        if (client == null || !client.isOpen()) {
            client = BroadcastClient.connect(settings.host(), settings.port(), settings.window(),
                    report -> receipts.accept(new Receipt(Channel.BROADCAST, report.id(), report.played(), report.detail(),
                            report.acknowledge())));
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
