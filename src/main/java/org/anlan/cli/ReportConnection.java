package org.anlan.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One simulated reporter of {@link ReportLoad}: a non-blocking keep-alive HTTP/1.1 connection with at most one
 * request in flight, driven by the load's selector thread. It writes a request, reads the response as far as
 * the bytes have come (Content-Length or chunked body), and hands the complete response back.
 */
final class ReportConnection {

    /** A complete response: its status, its body as text, and whether the server closes the connection after it. */
    record Response(int status, String body, boolean closes) {
    }

    static final int MAX_RESPONSE_BYTES = 1 << 20;
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] LINE_END = {'\r', '\n'};

    private final InetSocketAddress address;
    private final Selector selector;
    private SocketChannel channel;
    private SelectionKey key;
    private ByteBuffer request;
    private byte[] received = new byte[2048];
    private int receivedLength;

    ReportConnection(InetSocketAddress address, Selector selector) {
        this.address = address;
        this.selector = selector;
    }

    boolean isOpen() {
        return channel != null;
    }

    /** Starts sending {@code bytes}, connecting first when needed; the selector reports when there is more to do. */
    void send(byte[] bytes) throws IOException {
        request = ByteBuffer.wrap(bytes);
        receivedLength = 0;
        if (channel == null) {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            key = channel.register(selector, 0, this);
            if (!channel.connect(address)) {
                key.interestOps(SelectionKey.OP_CONNECT);
                return;
            }
        }
        writeRequest();
    }

    /**
     * Does what the selector says the channel is ready for; returns the response once it is complete, else null.
     * Throws when the connection fails or the server closes it before answering.
     */
    Response onReady() throws IOException {
        if (key.isConnectable()) {
            channel.finishConnect();
            writeRequest();
            return null;
        }
        if (key.isWritable()) {
            writeRequest();
            return null;
        }
        if (!key.isReadable()) {
            return null;
        }
        if (receivedLength == received.length) {
            if (received.length >= MAX_RESPONSE_BYTES) {
                throw new IOException("response larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
            received = Arrays.copyOf(received, received.length * 2);
        }
        int read = channel.read(ByteBuffer.wrap(received, receivedLength, received.length - receivedLength));
        if (read < 0) {
            throw new IOException("server closed the connection before answering");
        }
        receivedLength += read;
        return completeResponse();
    }

    void close() {
        if (channel != null) {
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        channel = null;
        key = null;
    }

    private void writeRequest() throws IOException {
        channel.write(request);
        key.interestOps(request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** The response when all its bytes are here; throws when it is not HTTP. */
    private Response completeResponse() throws IOException {
        int headEnd = indexOf(received, 0, receivedLength, HEADER_END);
        if (headEnd < 0) {
            return null;
        }
        String[] head = new String(received, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = head[0].split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + head[0]);
        }
        int status = Integer.parseInt(statusLine[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (int i = 1; i < head.length; i++) {
            String line = head[i].toLowerCase(Locale.ROOT);
            if (line.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                chunked = true;
            } else if (line.startsWith("connection:") && line.contains("close")) {
                closes = true;
            }
        }
        int bodyStart = headEnd + HEADER_END.length;
        String body;
        if (chunked) {
            body = chunkedBody(bodyStart);
            if (body == null) {
                return null;
            }
        } else {
            long available = receivedLength - bodyStart;
            if (length < 0 ? !closes : available < length) {
                return null; // without a length, the body ends when the server closes the connection
            }
            body = new String(received, bodyStart, (int) (length < 0 ? available : length), StandardCharsets.UTF_8);
        }
        return new Response(status, body, closes);
    }

    /** The body of a chunked response when its last chunk is here, else null. */
    private String chunkedBody(int from) throws IOException {
        var body = new java.io.ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = indexOf(received, at, receivedLength, LINE_END);
            if (lineEnd < 0) {
                return null;
            }
            String sizeText = new String(received, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + sizeText);
            }
            int dataStart = lineEnd + LINE_END.length;
            if (receivedLength < dataStart + size + 2) {
                return null;
            }
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(received, dataStart, size);
            at = dataStart + size + 2;
        }
    }

    static int indexOf(byte[] bytes, int from, int to, byte[] pattern) {
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
