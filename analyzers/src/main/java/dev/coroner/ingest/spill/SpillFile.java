package dev.coroner.ingest.spill;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that records are appended to and read back from by offset, in a directory of its
 * own ({@code coroner-spill-…}) made on the first append under the directory it is given (beside the
 * report), else in {@code java.io.tmpdir}; never beside the inputs. {@link #close} deletes it, and so
 * does the end of the JVM if close was never reached.
 */
public final class SpillFile implements AutoCloseable {

    private final Path parent;
    private final String name;
    /** The most a read or write hands the channel at once. */
    static final int WINDOW = 64 << 10;

    private FileChannel channel;
    private Path directory;
    private long end;

    /**
     * @param parent where the directory is made; null for {@code java.io.tmpdir}
     * @param name   the file's name in it
     */
    public SpillFile(Path parent, String name) {
        this.parent = parent;
        this.name = name;
    }

    /** Appends the bytes and returns their offset. */
    public long append(byte[] bytes) throws IOException {
        if (channel == null) {
            open();
        }
        long offset = end;
        for (int at = 0; at < bytes.length; ) {
            // A window at a time: the channel copies a heap buffer through a native one of its size,
            // which each thread keeps for the next call, so a large record would stay that large outside
            // the heap.
            ByteBuffer window = ByteBuffer.wrap(bytes, at, Math.min(WINDOW, bytes.length - at));
            while (window.hasRemaining()) {
                int written = channel.write(window, end);
                end += written;
                at += written;
            }
        }
        return offset;
    }

    /** The {@code length} bytes at {@code offset}. */
    public byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        for (int at = 0; at < length; ) {
            ByteBuffer window = ByteBuffer.wrap(bytes, at, Math.min(WINDOW, length - at));
            int read = channel == null ? -1 : channel.read(window, offset + at);
            if (read < 0) {
                throw new IOException("the spill file ends early");
            }
            at += read;
        }
        return bytes;
    }

    /** Bytes written so far. */
    public long length() {
        return end;
    }

    /** The directory of the file, or of where it would be made, for messages. */
    public String describe() {
        return String.valueOf(directory != null ? directory : parent != null ? parent : "the temporary directory");
    }

    private void open() throws IOException {
        directory = parent != null ? Files.createTempDirectory(parent, "coroner-spill-")
                : Files.createTempDirectory("coroner-spill-");
        directory.toFile().deleteOnExit();
        Path file = directory.resolve(name);
        // Registered after the directory, so deleted before it at exit.
        file.toFile().deleteOnExit();
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    /** Deletes the file and its directory. */
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
        SpillDirectory.deleteTree(directory);
    }
}
