package org.anlan.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection, written and read by the calling thread. The load generator uses one per
 * simulated client: on a two-core machine the JDK's asynchronous client spends more CPU than the server it measures.
 */
final class MinimalHttpClient implements AutoCloseable {

    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    MinimalHttpClient(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    Response post(String path, String json, String extraHeaderName, String extraHeaderValue) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (extraHeaderName == null ? "" : extraHeaderName + ": " + extraHeaderValue + "\r\n") + "\r\n";
        for (int attempt = 0; ; attempt++) {
            try {
                connectIfNeeded();
                out.write(head.getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String line; !(line = readLine()).isEmpty(); ) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        var body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size; (size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                readLine();
            }
            readLine();
        } else if (length > 0) {
            body.write(in.readNBytes((int) length));
        }
        if (close) {
            close();
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private String readLine() throws IOException {
        var line = new StringBuilder();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        throw new IOException("connection closed");
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing a broken connection
        }
        socket = null;
    }
}
