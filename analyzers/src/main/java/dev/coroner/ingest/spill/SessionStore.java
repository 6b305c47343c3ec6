package dev.coroner.ingest.spill;

import dev.coroner.trace.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The sessions of a run, sorted by id, held in memory up to a budget and beyond it spilled to a
 * temporary file, one Smile record per session ({@link SessionCodec}), and read back on each
 * {@link #get}. An immutable list: a spilled session read twice is two equal objects. The file lives
 * in a directory of its own ({@code coroner-spill-…}) under the directory it is given, never beside
 * the inputs; {@link #close} deletes it, and so does the end of the JVM if close was never reached.
 */
public final class SessionStore extends AbstractList<Session> implements RandomAccess, AutoCloseable {

    private final Entry[] entries;
    private final SpillFile file;
    private final Map<String, Long> overBudget;
    private final long budget;
    private final Spill results;

    private SessionStore(Writer writer) {
        this.entries = writer.entries.values().stream().sorted(Comparator.comparing(Entry::id)).toArray(Entry[]::new);
        this.file = writer.file;
        Map<String, Long> over = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.size > writer.budget) {
                over.put(entry.id, entry.size);
            }
        }
        this.overBudget = Map.copyOf(over);
        this.budget = writer.budget;
        // Results are counted apart from the sessions, as spans are: half the budget, so that while
        // a second list is made from the first (masking) both stay within it.
        this.results = writer.budget == Long.MAX_VALUE ? Spill.unbounded() : new Spill(writer.parent, writer.budget / 2);
    }

    @Override
    public Session get(int index) {
        Entry entry = entries[index];
        return entry.held != null ? entry.held : read(file, entry);
    }

    @Override
    public int size() {
        return entries.length;
    }

    /** Sessions written to the spill file. */
    public int spilled() {
        int spilled = 0;
        for (Entry entry : entries) {
            if (entry.held == null) {
                spilled++;
            }
        }
        return spilled;
    }

    /** The sessions whose estimated size alone is over the budget: id → estimated bytes. */
    public Map<String, Long> overBudget() {
        return overBudget;
    }

    /** The budget the store was built with, in bytes. */
    public long budget() {
        return budget;
    }

    /** Where the results of the run are spilled: beside the sessions' file, past half the budget. */
    public Spill results() {
        return results;
    }

    /** Deletes the spill files (sessions and results) and their directories. */
    @Override
    public void close() {
        file.close();
        results.close();
    }

    private static Session read(SpillFile file, Entry entry) {
        try {
            return SessionCodec.decode(file.read(entry.offset, entry.length));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a spilled session back from " + file.describe(), e);
        }
    }

    /** One session: held, or where it is in the spill file; and its estimated size. */
    private static final class Entry {
        private final String id;
        private final long size;
        private Session held;
        private long offset;
        private int length;

        Entry(String id, long size) {
            this.id = id;
            this.size = size;
        }

        String id() {
            return id;
        }
    }

    /**
     * Collects sessions as the importers complete them, in any order. A session is held while the
     * sessions held stay within the budget and written to the spill file once they would not; a
     * session that cannot be written (a JSON value Smile cannot carry) stays held.
     */
    public static final class Writer {
        private final long budget;
        private final Map<String, Entry> entries = new HashMap<>();
        private final SpillFile file;
        private final Path parent;
        private long heldBytes;

        /**
         * @param budget bytes of sessions to hold in memory
         * @param parent where the spill directory is made (beside the report); null for
         *               {@code java.io.tmpdir}
         */
        public Writer(long budget, Path parent) {
            this.budget = budget;
            this.parent = parent;
            this.file = new SpillFile(parent, "sessions.smile");
        }

        public void add(Session session) {
            Entry entry = new Entry(session.id(), budget == Long.MAX_VALUE ? 0 : SessionSize.estimate(session));
            if (heldBytes + entry.size > budget && spill(session, entry)) {
                entry.held = null;
            } else {
                entry.held = session;
                heldBytes += entry.size;
            }
            if (entries.putIfAbsent(session.id(), entry) != null) {
                throw new IllegalStateException("a session was stored twice");
            }
        }

        /** Removes a session added before and returns it, to be continued; null when there is none. */
        public Session take(String id) {
            Entry entry = entries.remove(id);
            if (entry == null) {
                return null;
            }
            if (entry.held != null) {
                heldBytes -= entry.size;
                return entry.held;
            }
            return read(file, entry);
        }

        /** Sessions stored so far. */
        public int size() {
            return entries.size();
        }

        private boolean spill(Session session, Entry entry) {
            byte[] bytes;
            try {
                bytes = SessionCodec.encode(session);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
            try {
                entry.offset = file.append(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spill sessions to " + file.describe() + ": " + e.getMessage(), e);
            }
            entry.length = bytes.length;
            return true;
        }

        /** The store, sorted by id; the writer is not used again. */
        public SessionStore finish() {
            return new SessionStore(this);
        }

        /** Deletes what was spilled when the store is never finished (the load failed). */
        public void abandon() {
            file.close();
        }
    }
}
