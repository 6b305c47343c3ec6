package dev.coroner.ingest.spill;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Temporary files written once from start to end and then read once from start to end (the partitions
 * of a shuffle), by name, in a directory of their own ({@code coroner-spill-…}) made on the first file
 * under the directory it is given (beside the report), else in {@code java.io.tmpdir}; never beside the
 * inputs. {@link #close} deletes the files and the directory, and so does the end of the JVM if close
 * was never reached.
 */
public final class SpillDirectory implements AutoCloseable {

    private static final int BUFFER = 16 << 10;

    private final Path parent;
    private final Map<String, DataOutputStream> writing = new HashMap<>();
    private Path directory;

    /** @param parent where the directory is made; null for {@code java.io.tmpdir} */
    public SpillDirectory(Path parent) {
        this.parent = parent;
    }

    /** The file of this name, open for appending while it is written; made on first use. */
    public DataOutputStream out(String name) throws IOException {
        DataOutputStream out = writing.get(name);
        if (out == null) {
            Path file = directory().resolve(name);
            file.toFile().deleteOnExit(); // registered after the directory, so deleted before it at exit
            out = new DataOutputStream(new BufferedOutputStream(new Windowed(Files.newOutputStream(file)), BUFFER));
            writing.put(name, out);
        }
        return out;
    }

    /** The file of this name from its start, written to the end; null when nothing was written to it. */
    public DataInputStream in(String name) throws IOException {
        DataOutputStream out = writing.remove(name);
        if (out == null) {
            return null;
        }
        out.close();
        return new DataInputStream(new BufferedInputStream(new WindowedIn(Files.newInputStream(directory.resolve(name))),
                BUFFER));
    }

    /**
     * Hands the file's stream at most {@link SpillFile#WINDOW} bytes a write: a buffered stream passes a
     * record larger than its buffer straight through, and the file's channel would copy it through a
     * native buffer of the record's size that its thread then keeps.
     */
    private static final class Windowed extends FilterOutputStream {
        Windowed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int at = 0; at < len; at += SpillFile.WINDOW) {
                out.write(b, off + at, Math.min(SpillFile.WINDOW, len - at));
            }
        }
    }

    /** Asks the file's stream for at most {@link SpillFile#WINDOW} bytes a read, for the same reason. */
    private static final class WindowedIn extends FilterInputStream {
        WindowedIn(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, SpillFile.WINDOW));
        }
    }

    /** Deletes the file of this name, once read. */
    public void delete(String name) throws IOException {
        if (directory != null) {
            Files.deleteIfExists(directory.resolve(name));
        }
    }

    /** The directory, or where it would be made, for messages. */
    public String describe() {
        return String.valueOf(directory != null ? directory : parent != null ? parent : "the temporary directory");
    }

    private Path directory() throws IOException {
        if (directory == null) {
            directory = parent != null ? Files.createTempDirectory(parent, "coroner-spill-")
                    : Files.createTempDirectory("coroner-spill-");
            directory.toFile().deleteOnExit();
        }
        return directory;
    }

    /** Deletes every file and the directory. */
    @Override
    public void close() {
        for (DataOutputStream out : writing.values()) {
            try {
                out.close();
            } catch (IOException ignored) {
                // deleting the file below is what matters
            }
        }
        writing.clear();
        if (directory == null) {
            return;
        }
        deleteTree(directory);
    }

    /** Deletes a directory and what it holds, deepest first; what cannot be deleted is left to deleteOnExit. */
    static void deleteTree(Path directory) {
        try (var walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
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
}
