package org.anlan.warning.smpp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.anlan.platform.net.LoopbackListener;

/**
 * An SMSC on the loopback interface speaking the same SMPP 3.4 subset: checks the bind credentials, answers every
 * submit_sm with a message id and, when a receipt was requested, sends a deliver_sm delivery receipt (DELIVRD, or
 * UNDELIV for destinations the test marks unreachable). Receipts not acknowledged with deliver_sm_resp are kept
 * per system id and resent when that system binds again, as an SMSC does.
 */
public final class LoopbackSmsc implements AutoCloseable {

    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");

    private final LoopbackListener server;
    private final String systemId;
    private final String password;
    private final AtomicLong nextId = new AtomicLong(0x10000);
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong receiptsAcknowledged = new AtomicLong();
    private final Set<String> destinations = ConcurrentHashMap.newKeySet();
    private final Map<Integer, byte[]> unacknowledged = new ConcurrentHashMap<>();
    private final AtomicLong receiptSequence = new AtomicLong();
    private final CopyOnWriteArrayList<Socket> sessions = new CopyOnWriteArrayList<>();
    private final Map<Socket, OutputStream> outputs = new ConcurrentHashMap<>();
    private volatile Predicate<String> unreachable = destination -> false;
    private volatile boolean holdReceipts;

    public LoopbackSmsc(String systemId, String password) throws IOException {
        this.systemId = systemId;
        this.password = password;
        this.server = LoopbackListener.start("loopback-smsc", 100, this::serve);
    }

    public int port() {
        return server.port();
    }

    public long submitted() {
        return submitted.get();
    }

    public long receiptsAcknowledged() {
        return receiptsAcknowledged.get();
    }

    public int receiptsOutstanding() {
        return unacknowledged.size();
    }

    public Set<String> destinations() {
        return Set.copyOf(destinations);
    }

    /** Destinations matching this get an UNDELIV receipt. */
    public void unreachable(Predicate<String> destinations) {
        this.unreachable = destinations;
    }

    /** While held, receipts are kept and not sent (to test acknowledgement across a restart). */
    public void holdReceipts(boolean hold) {
        this.holdReceipts = hold;
    }

    /**
     * Stops holding receipts and sends the held ones now on a bound session (as an SMSC does when a congested
     * route clears), without waiting for the client to bind again.
     */
    public void releaseReceipts() throws IOException {
        this.holdReceipts = false;
        for (OutputStream out : outputs.values()) {
            synchronized (out) {
                for (byte[] pending : unacknowledged.values()) {
                    write(out, pending);
                }
                out.flush();
            }
            return;
        }
    }

    /** Drops every session, as a crash of the network or of the client would. */
    public void dropSessions() {
        for (Socket socket : sessions) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    private void serve(Socket socket) {
        sessions.add(socket);
        try (socket) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            outputs.put(socket, out);
            boolean bound = false;
            for (Pdu pdu = Pdu.read(in); pdu != null; pdu = Pdu.read(in)) {
                synchronized (out) {
                    bound = answer(pdu, in, out, bound);
                }
                if (pdu.commandId() == Pdu.UNBIND) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away; unacknowledged receipts wait for the next bind
        } finally {
            sessions.remove(socket);
            outputs.remove(socket);
        }
    }

    /** Answers one PDU; returns whether the session is bound afterwards. */
    private boolean answer(Pdu pdu, DataInputStream in, OutputStream out, boolean bound) throws IOException {
        switch (pdu.commandId()) {
            case Pdu.BIND_TRANSCEIVER, Pdu.BIND_TRANSMITTER -> {
                var r = new Pdu.Reader(pdu.body());
                boolean ok = r.cString(16).equals(systemId) & r.cString(9).equals(password);
                write(out, pdu.response(ok ? Pdu.ESME_ROK : Pdu.ESME_RINVPASWD, new Pdu.Body().cString("LOOPBACK").bytes()));
                bound = ok;
                if (ok && pdu.commandId() == Pdu.BIND_TRANSCEIVER && !holdReceipts) {
                    for (byte[] pending : unacknowledged.values()) {
                        write(out, pending);
                    }
                }
            }
            case Pdu.SUBMIT_SM -> {
                if (!bound) {
                    write(out, pdu.response(Pdu.ESME_RBINDFAIL, new Pdu.Body().cString("").bytes()));
                    break;
                }
                SubmitSm sm = SubmitSm.decode(pdu.body());
                String id = Long.toHexString(nextId.incrementAndGet());
                submitted.incrementAndGet();
                destinations.add(sm.destinationAddress());
                write(out, pdu.response(Pdu.ESME_ROK, new Pdu.Body().cString(id).bytes()));
                if (sm.receiptRequested()) {
                    String state = unreachable.test(sm.destinationAddress()) ? "UNDELIV" : "DELIVRD";
                    int seq = (int) (receiptSequence.incrementAndGet() & 0x7FFFFFFF);
                    byte[] receipt = new Pdu(Pdu.DELIVER_SM, 0, seq, DeliveryReceipt.encode(sm.destinationAddress(),
                            id, state, state.equals("DELIVRD") ? "000" : "001",
                            RECEIPT_DATE.format(LocalDateTime.now()))).encode();
                    unacknowledged.put(seq, receipt);
                    if (!holdReceipts) {
                        write(out, receipt);
                    }
                }
            }
            case Pdu.DELIVER_SM | Pdu.RESPONSE -> {
                if (unacknowledged.remove(pdu.sequence()) != null) {
                    receiptsAcknowledged.incrementAndGet();
                }
            }
            case Pdu.ENQUIRE_LINK -> write(out, pdu.response(Pdu.ESME_ROK, new byte[0]));
            case Pdu.UNBIND -> {
                write(out, pdu.response(Pdu.ESME_ROK, new byte[0]));
                out.flush();
                return false;
            }
            default -> write(out, new Pdu(Pdu.GENERIC_NACK, Pdu.ESME_RINVCMDID, pdu.sequence(), new byte[0]));
        }
        if (in.available() == 0) {
            out.flush();
        }
        return bound;
    }

    private static void write(OutputStream out, Pdu pdu) throws IOException {
        out.write(pdu.encode());
    }

    private static void write(OutputStream out, byte[] encoded) throws IOException {
        out.write(encoded);
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropSessions();
    }
}
