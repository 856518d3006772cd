package org.anlan.platform.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * A TCP listener on the loopback interface at an ephemeral port; each accepted connection is served on its own
 * daemon thread. The loopback servers that stand in for gateways we cannot reach here (SMSC, broadcast system,
 * mail relay) build on it, so that they speak their protocol over a real socket.
 */
public final class LoopbackListener implements AutoCloseable {

    private final ServerSocket server;
    private final String name;
    private final Consumer<Socket> session;

    private LoopbackListener(String name, int backlog, Consumer<Socket> session) throws IOException {
        this.server = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
        this.name = name;
        this.session = session;
    }

    /** Listens now; {@code session} gets each connection and owns it (closes it when done). */
    public static LoopbackListener start(String name, int backlog, Consumer<Socket> session) throws IOException {
        LoopbackListener listener = new LoopbackListener(name, backlog, session);
        Thread acceptor = new Thread(listener::acceptLoop, name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return listener;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            Thread thread = new Thread(() -> session.accept(socket), name + "-session");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Stops accepting; sessions already open end when their peer or their owner closes them. */
    @Override
    public void close() throws IOException {
        server.close();
    }
}
