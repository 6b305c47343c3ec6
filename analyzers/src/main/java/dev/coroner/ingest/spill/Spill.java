package dev.coroner.ingest.spill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Where the lists written after loading (the analysis results) go past their share of the memory
 * budget: a byte allowance that every {@link SpilledList.Writer} of the scope draws on, and the spill
 * files they made, in {@code coroner-spill-…} directories under the directory given (beside the
 * report), else in {@code java.io.tmpdir}; never beside the inputs. {@link #close} deletes the files,
 * and so does the end of the JVM if close was never reached.
 */
public final class Spill implements AutoCloseable {

    private final Path parent;
    private long allowance;
    private final List<SpillFile> files = new ArrayList<>();

    /**
     * @param parent    where the spill directories are made; null for {@code java.io.tmpdir}
     * @param allowance bytes the lists of this scope may hold in memory together
     */
    public Spill(Path parent, long allowance) {
        this.parent = parent;
        this.allowance = allowance;
    }

    /** A scope that holds everything and never writes a file. */
    public static Spill unbounded() {
        return new Spill(null, Long.MAX_VALUE);
    }

    /** True when nothing of this scope is ever written to a file. */
    public boolean isUnbounded() {
        return allowance == Long.MAX_VALUE;
    }

    /**
     * A writer of a new list in this scope.
     *
     * @param name   the spill file's name
     * @param codec  how an element is written and read back
     * @param size   an element's estimated bytes in memory
     */
    public <T> SpilledList.Writer<T> writer(String name, SpilledList.Codec<T> codec, ToLongFunction<T> size) {
        return new SpilledList.Writer<>(this, name, codec, size);
    }

    /** Takes {@code bytes} from the allowance, if it still has them. */
    synchronized boolean hold(long bytes) {
        if (allowance == Long.MAX_VALUE) {
            return true;
        }
        if (bytes > allowance) {
            return false;
        }
        allowance -= bytes;
        return true;
    }

    synchronized SpillFile file(String name) {
        SpillFile file = new SpillFile(parent, name);
        files.add(file);
        return file;
    }

    /** Deletes every file of this scope. */
    @Override
    public synchronized void close() {
        files.forEach(SpillFile::close);
        files.clear();
    }
}
