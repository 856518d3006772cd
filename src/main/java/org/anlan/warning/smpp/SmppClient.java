package org.anlan.warning.smpp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One SMPP 3.4 session as an ESME, bound as transceiver (submits out, delivery receipts in). At most
 * {@code window} submit_sm wait for their response at any time; a reader thread matches responses by sequence
 * number and hands receipts to the listener, which acknowledges each one (deliver_sm_resp) once it is stored.
 */
public final class SmppClient implements AutoCloseable {

    /** A submit_sm refused by the SMSC (command_status ≠ 0) or lost with the connection. */
    public static final class SubmitFailed extends IOException {
        private final int status;

        SubmitFailed(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** Throttling and lost connections are worth retrying; a refused destination is not. */
        public boolean retryable() {
            return status == Pdu.ESME_RTHROTTLED || status < 0;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Semaphore window;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> outstanding = new ConcurrentHashMap<>();
    private final BlockingQueue<byte[]> writes = new LinkedBlockingQueue<>();
    private final Consumer<DeliveryReceipt> receipts;
    private final Thread reader;
    private final Thread writer;
    private volatile boolean closed;

    private SmppClient(Socket socket, int window, Consumer<DeliveryReceipt> receipts) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        this.window = new Semaphore(window);
        this.receipts = receipts;
        this.reader = new Thread(this::readLoop, "smpp-reader");
        this.writer = new Thread(this::writeLoop, "smpp-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
    }

    /** Connects and binds as transceiver; throws when the SMSC refuses the bind. */
    public static SmppClient bind(String host, int port, String systemId, String password, int window,
                                  Consumer<DeliveryReceipt> receipts) throws IOException {
        if (systemId.length() > 15 || password.length() > 8) {
            throw new IllegalArgumentException("SMPP 3.4 allows a system_id of 15 and a password of 8 characters");
        }
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(0);
        SmppClient client = new SmppClient(socket, window, receipts);
        try {
            client.reader.start();
            client.writer.start();
            byte[] body = new Pdu.Body().cString(systemId).cString(password).cString("ANLAN").int8(0x34).int8(0).int8(0)
                    .cString("").bytes();
            CompletableFuture<String> bound = client.request(Pdu.BIND_TRANSCEIVER, body);
            bound.get(10, TimeUnit.SECONDS);
            return client;
        } catch (Exception e) {
            client.close();
            throw e instanceof IOException io ? io : new IOException("bind failed: " + rootMessage(e), e);
        }
    }

    /**
     * Sends one message; blocks while the window is full. The future completes with the SMSC's message id, or
     * exceptionally with {@link SubmitFailed}.
     */
    public CompletableFuture<String> submit(String source, String destination, String text, boolean receipt)
            throws InterruptedException {
        window.acquire();
        CompletableFuture<String> response;
        try {
            response = request(Pdu.SUBMIT_SM, new SubmitSm(source, destination, text, receipt).encode());
        } catch (RuntimeException e) {
            window.release();
            throw e;
        }
        return response.whenComplete((id, failure) -> window.release());
    }

    public CompletableFuture<String> enquireLink() {
        return request(Pdu.ENQUIRE_LINK, new byte[0]);
    }

    public boolean isOpen() {
        return !closed;
    }

    private CompletableFuture<String> request(int commandId, byte[] body) {
        int seq = sequence.incrementAndGet() & 0x7FFFFFFF;
        CompletableFuture<String> response = new CompletableFuture<>();
        if (closed) {
            response.completeExceptionally(new SubmitFailed(-1, "session closed"));
            return response;
        }
        outstanding.put(seq, response);
        writes.add(new Pdu(commandId, 0, seq, body).encode());
        return response;
    }

    private void writeLoop() {
        try {
            while (!closed) {
                byte[] next = writes.poll(1, TimeUnit.SECONDS);
                if (next == null) {
                    continue;
                }
                out.write(next);
                for (byte[] more = writes.poll(); more != null; more = writes.poll()) {
                    out.write(more);
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            fail("write failed: " + e.getMessage());
        }
    }

    private void readLoop() {
        try {
            for (Pdu pdu = Pdu.read(in); pdu != null; pdu = Pdu.read(in)) {
                handle(pdu);
            }
            fail("connection closed by the SMSC");
        } catch (IOException e) {
            fail("connection lost: " + e.getMessage());
        }
    }

    private void handle(Pdu pdu) throws IOException {
        if ((pdu.commandId() & Pdu.RESPONSE) != 0) {
            CompletableFuture<String> waiting = outstanding.remove(pdu.sequence());
            if (waiting == null) {
                return;
            }
            if (pdu.status() != Pdu.ESME_ROK) {
                waiting.completeExceptionally(new SubmitFailed(pdu.status(),
                        "SMSC refused: command_status 0x" + Integer.toHexString(pdu.status())));
            } else if (pdu.commandId() == (Pdu.SUBMIT_SM | Pdu.RESPONSE)) {
                waiting.complete(new Pdu.Reader(pdu.body()).cString(64));
            } else {
                waiting.complete("");
            }
            return;
        }
        switch (pdu.commandId()) {
            case Pdu.DELIVER_SM -> {
                DeliveryReceipt receipt = DeliveryReceipt.decode(pdu.body(),
                        () -> writes.add(pdu.response(Pdu.ESME_ROK, new Pdu.Body().cString("").bytes()).encode()));
                if (receipt == null) {
                    writes.add(pdu.response(Pdu.ESME_ROK, new Pdu.Body().cString("").bytes()).encode());
                } else {
                    receipts.accept(receipt);
                }
            }
            case Pdu.ENQUIRE_LINK -> writes.add(pdu.response(Pdu.ESME_ROK, new byte[0]).encode());
            case Pdu.UNBIND -> {
                writes.add(pdu.response(Pdu.ESME_ROK, new byte[0]).encode());
                fail("unbound by the SMSC");
            }
            default -> writes.add(new Pdu(Pdu.GENERIC_NACK, Pdu.ESME_RINVCMDID, pdu.sequence(), new byte[0]).encode());
        }
    }

    private void fail(String reason) {
        closed = true;
        outstanding.forEach((seq, waiting) -> waiting.completeExceptionally(new SubmitFailed(-1, reason)));
        outstanding.clear();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing after a failure
        }
    }

    /** Unbinds politely, then closes. */
    @Override
    public void close() {
        if (!closed) {
            try {
                request(Pdu.UNBIND, new byte[0]).get(2, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the SMSC may be gone already
            }
        }
        fail("closed");
        writer.interrupt();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
