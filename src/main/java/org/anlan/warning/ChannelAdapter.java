package org.anlan.warning;

import java.util.concurrent.CompletableFuture;

/**
 * One way out to recipients (SMS gateway, broadcast system, app push gateway). {@link #send} may block while the
 * adapter's window is full; its future completes with the gateway's id for the message once accepted, or
 * exceptionally ({@link Refused} when retrying is pointless). Final outcomes arrive later as receipts through the
 * listener given at construction, each to be acknowledged once stored.
 */
interface ChannelAdapter extends AutoCloseable {

    /** A receipt from a gateway: its id for the message, the outcome, and the acknowledgement to send when stored. */
    record Receipt(Channel channel, String gatewayId, boolean delivered, String detail, Runnable acknowledge) {
    }

    /** The gateway refused the message for good (unknown destination, unknown device). */
    final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    Channel channel();

    CompletableFuture<String> send(String recipient, String text, WarningLevel level) throws InterruptedException;

    @Override
    void close();
}
