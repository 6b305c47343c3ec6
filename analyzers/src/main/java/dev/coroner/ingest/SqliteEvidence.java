package dev.coroner.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Opens a SQLite file as evidence (for every importer that reads one): nothing is written to it or beside it.
 *
 * <p>SQLite writes beside a database even on a read-only connection: a database in WAL mode gets
 * {@code -shm} and {@code -wal} files, and a hot rollback journal would have to be rolled back.
 * So when the file has no {@code -wal} or {@code -journal} beside it, it is opened with
 * {@code mode=ro&immutable=1} (no locks, no side files; a WAL-mode database whose log was folded
 * in reads fine). When it has one, the database and its side files are copied to a temporary
 * directory and the copy is opened instead, so the log's committed transactions are read without
 * touching the originals; the copy is deleted on {@link #close()}.
 */
public final class SqliteEvidence implements Closeable {

    private static final String[] SIDE_FILES = {"-wal", "-journal", "-shm"};

    private final Connection connection;
    private final Path copyDirectory;
    private final boolean copied;

    private SqliteEvidence(Connection connection, Path copyDirectory) {
        this.connection = connection;
        this.copyDirectory = copyDirectory;
        this.copied = copyDirectory != null;
    }

    public static SqliteEvidence open(Path file) throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        boolean sideFiles = Files.exists(sibling(absolute, "-wal")) || Files.exists(sibling(absolute, "-journal"));
        if (!sideFiles) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return new SqliteEvidence(DriverManager.getConnection("jdbc:sqlite:" + absolute.toUri()
                    + "?mode=ro&immutable=1", config.toProperties()), null);
        }
        Path directory = Files.createTempDirectory("coroner-sqlite-");
        try {
            Path copy = directory.resolve("evidence.sqlite");
            Files.copy(absolute, copy, StandardCopyOption.COPY_ATTRIBUTES);
            for (String suffix : SIDE_FILES) {
                if (Files.exists(sibling(absolute, suffix))) {
                    Files.copy(sibling(absolute, suffix), sibling(copy, suffix));
                }
            }
            // The copy is ours: a normal connection may replay the log or roll back a hot journal into it.
            return new SqliteEvidence(DriverManager.getConnection("jdbc:sqlite:" + copy), directory);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteTree(directory);
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** True when a temporary copy was read because of a write-ahead log or journal beside the file. */
    public boolean copied() {
        return copied;
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            if (copyDirectory != null) {
                deleteTree(copyDirectory);
            }
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary copy is not worth failing the analysis for
        }
    }
}
