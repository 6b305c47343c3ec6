package dev.coroner.ingest.spill;

import dev.coroner.trace.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The sessions of a run, in session order, held in memory up to a budget and beyond it spilled to a
 * temporary file, one Smile record per session ({@link SessionCodec}), and read back on each
 * {@link #get}. An immutable list: a spilled session read twice is two equal objects. The file lives
 * in a directory of its own ({@code coroner-spill-…}) under the directory it is given, never beside
 * the inputs; {@link #close} deletes it, and so does the end of the JVM if close was never reached.
 */
public final class SessionStore extends AbstractList<Session> implements RandomAccess, AutoCloseable {

    private final Session[] held;
    private final long[] offsets;
    private final int[] lengths;
    private final FileChannel channel;
    private final Path directory;
    private final Map<String, Long> overBudget;
    private final long budget;

    private SessionStore(Writer writer) {
        this.held = writer.held.toArray(new Session[0]);
        this.offsets = Arrays.copyOf(writer.offsets, writer.count);
        this.lengths = Arrays.copyOf(writer.lengths, writer.count);
        this.channel = writer.channel;
        this.directory = writer.directory;
        this.overBudget = Map.copyOf(writer.overBudget);
        this.budget = writer.budget;
    }

    @Override
    public Session get(int index) {
        Session session = held[index];
        if (session != null) {
            return session;
        }
        try {
            ByteBuffer buffer = ByteBuffer.allocate(lengths[index]);
            long position = offsets[index];
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position + buffer.position());
                if (read < 0) {
                    throw new IOException("the spill file ends early");
                }
            }
            return SessionCodec.decode(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a spilled session back from " + directory, e);
        }
    }

    @Override
    public int size() {
        return held.length;
    }

    /** Sessions written to the spill file. */
    public int spilled() {
        int spilled = 0;
        for (Session session : held) {
            if (session == null) {
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

    /** Deletes the spill file and its directory. */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // deleting the file below is what matters
        }
        delete(directory);
    }

    private static void delete(Path directory) {
        try (var walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort; deleteOnExit tries again
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
    }

    /**
     * Collects sessions in session order. A session is held while the sessions held stay within the
     * budget and written to the spill file once they would not; a session that cannot be written (a
     * JSON value Smile cannot carry) stays held.
     */
    public static final class Writer {
        private final long budget;
        private final Path parent;
        private final List<Session> held = new ArrayList<>();
        private final Map<String, Long> overBudget = new LinkedHashMap<>();
        private long[] offsets = new long[16];
        private int[] lengths = new int[16];
        private int count;
        private long heldBytes;
        private long end;
        private FileChannel channel;
        private Path directory;

        /**
         * @param budget bytes of sessions to hold in memory
         * @param parent where the spill directory is made (beside the report, or the system's temporary
         *               directory); null for {@code java.io.tmpdir}
         */
        public Writer(long budget, Path parent) {
            this.budget = budget;
            this.parent = parent;
        }

        public void add(Session session) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            long size = budget == Long.MAX_VALUE ? 0 : SessionSize.estimate(session);
            if (size > budget) {
                overBudget.put(session.id(), size);
            }
            Session kept = session;
            if (heldBytes + size > budget && spill(session)) {
                kept = null;
            } else {
                heldBytes += size;
            }
            held.add(kept);
            count++;
        }

        private boolean spill(Session session) {
            byte[] bytes;
            try {
                bytes = SessionCodec.encode(session);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
            try {
                if (channel == null) {
                    open();
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spill sessions to " + (directory != null ? directory
                        : parent != null ? parent : "the temporary directory") + ": " + e.getMessage(), e);
            }
            offsets[count] = end - bytes.length;
            lengths[count] = bytes.length;
            return true;
        }

        private void open() throws IOException {
            directory = parent != null ? Files.createTempDirectory(parent, "coroner-spill-")
                    : Files.createTempDirectory("coroner-spill-");
            directory.toFile().deleteOnExit();
            Path file = directory.resolve("sessions.smile");
            // Registered after the directory, so deleted before it at exit.
            file.toFile().deleteOnExit();
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }

        /** The store; the writer is not used again. */
        public SessionStore finish() {
            return new SessionStore(this);
        }

        /** Deletes what was spilled when the store is never finished (the load failed). */
        public void abandon() {
            new SessionStore(this).close();
        }
    }
}
