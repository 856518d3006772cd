package org.anlan.geo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts bytes as they are read and fails once more than {@code maxBytes} have been read, whatever any
 * declared length said. Closing it does not close the wrapped stream (the caller owns that).
 */
public final class BoundedInputStream extends FilterInputStream {

    /** Thrown when the limit is exceeded. */
    public static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(long maxBytes) {
            super("input exceeds the limit of " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;
    private long count;
    private boolean exceeded;

    public BoundedInputStream(InputStream in, long maxBytes) {
        super(in);
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        ensureOpenBudget();
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        ensureOpenBudget();
        // ask for at most one byte beyond the budget: enough to detect an overflow without buffering much more
        long allowed = maxBytes - count + 1;
        int n = super.read(buffer, offset, (int) Math.min(length, allowed));
        if (n > 0) {
            account(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        ensureOpenBudget();
        long skipped = super.skip(Math.min(n, maxBytes - count + 1));
        if (skipped > 0) {
            account(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // unsupported: re-reading would defeat the byte count
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    @Override
    public void close() {
        // the wrapped stream belongs to the caller
    }

    public long bytesRead() {
        return count;
    }

    public boolean limitExceeded() {
        return exceeded;
    }

    private void ensureOpenBudget() throws LimitExceededException {
        if (exceeded) {
            throw new LimitExceededException(maxBytes);
        }
    }

    private void account(long n) throws LimitExceededException {
        count += n;
        if (count > maxBytes) {
            exceeded = true;
            throw new LimitExceededException(maxBytes);
        }
    }
}
