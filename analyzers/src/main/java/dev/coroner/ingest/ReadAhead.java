package dev.coroner.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stream read on a thread of its own, a few chunks ahead of its reader: the decompression of a gzip
 * or zstd input runs beside the parse instead of inside it. The reader gets the same bytes in the same
 * order, and an error of the source (a truncated or corrupt stream, a decompression ratio over the cap,
 * running out of memory) at the same place, as the very exception the source threw.
 *
 * <p>Only the helper thread touches the source until {@link #stop} returns: after it the caller may
 * read what is beneath the source (to hash the rest of an input) without racing the helper.
 */
final class ReadAhead extends InputStream {

    /** Bytes a chunk holds, and chunks that may wait read and not yet taken. */
    static final int CHUNK = 256 << 10;
    static final int AHEAD = 4;

    private static final byte[] END = new byte[0];

    private final InputStream source;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(AHEAD);
    private final Thread helper;
    private volatile boolean stopping;
    private byte[] chunk = new byte[0];
    private int at;
    private Throwable failed;
    private boolean ended;

    ReadAhead(InputStream source, String name) {
        this.source = source;
        this.helper = Futures.helpers(name).newThread(this::fill);
        helper.start();
    }

    /**
     * The helper: reads chunks until the end, an error, or {@link #stop}. The bytes read before an error
     * are handed on before it, so the reader gets them as it would from the source.
     */
    private void fill() {
        byte[] buffer = new byte[CHUNK];
        int filled = 0;
        try {
            while (!stopping) {
                int n = source.read(buffer, filled, CHUNK - filled);
                if (n < 0) {
                    if (filled > 0 && !hand(Arrays.copyOf(buffer, filled))) {
                        return;
                    }
                    hand(END);
                    return;
                }
                filled += n;
                if (filled == CHUNK) {
                    if (!hand(buffer)) {
                        return;
                    }
                    buffer = new byte[CHUNK];
                    filled = 0;
                }
            }
        } catch (Throwable e) { // handed to the reader, who rethrows it where the bytes end
            if (filled > 0 && !hand(Arrays.copyOf(buffer, filled))) {
                return;
            }
            hand(e);
        }
    }

    /** Puts one element in the queue, waiting for room; false once the reader has stopped. */
    private boolean hand(Object element) {
        try {
            while (!stopping) {
                if (chunks.offer(element, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public int read() throws IOException {
        return next() ? chunk[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!next()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.length - at;
    }

    /** True when a byte is ready in {@code chunk}; rethrows the source's error once its bytes are read. */
    private boolean next() throws IOException {
        while (at == chunk.length) {
            if (failed != null) {
                rethrow(failed);
            }
            if (ended || stopping) {
                return false;
            }
            Object element;
            try {
                element = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            if (element instanceof Throwable e) {
                failed = e;
            } else if (element == END) {
                ended = true;
            } else {
                chunk = (byte[]) element;
                at = 0;
            }
        }
        return true;
    }

    private static void rethrow(Throwable e) throws IOException {
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        throw new IOException(e);
    }

    /**
     * Ends the reading ahead and waits for the helper to let go of the source, which stays open: what
     * the helper read and the reader did not take is dropped, the rest of the source is the caller's.
     */
    void stop() {
        stopping = true;
        chunks.clear();
        chunk = END;
        at = 0;
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the helper, then closes the source. */
    @Override
    public void close() throws IOException {
        stop();
        source.close();
    }
}
