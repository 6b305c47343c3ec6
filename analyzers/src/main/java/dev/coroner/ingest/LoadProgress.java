package dev.coroner.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a load has got, updated by the loader as it reads and read by whoever shows it (a progress
 * line on a terminal): the bytes read so far, the bytes the inputs hold when their sizes are known
 * (regular files; a pipe, standard input or a database has none), and the sessions seen. Safe to
 * read from another thread while the load runs.
 */
public final class LoadProgress {

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile boolean sized = true;

    /** Bytes read from the inputs so far, as stored (before decompression). */
    public long bytesRead() {
        return read.get();
    }

    /** Bytes the inputs hold, or -1 when one of them has no known size. */
    public long bytesTotal() {
        return sized ? total.get() : -1;
    }

    /** Sessions seen so far. */
    public int sessions() {
        return sessions.get();
    }

    void addRead(long bytes) {
        read.addAndGet(bytes);
    }

    void addInput(long size) {
        if (size < 0) {
            sized = false;
        } else {
            total.addAndGet(size);
        }
    }

    void sessionSeen(int count) {
        sessions.set(count);
    }
}
