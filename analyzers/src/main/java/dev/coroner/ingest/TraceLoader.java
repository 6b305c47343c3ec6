package dev.coroner.ingest;

import com.github.luben.zstd.ZstdIOException;
import com.github.luben.zstd.ZstdInputStream;
import dev.coroner.ingest.spill.MemoryBudget;
import dev.coroner.ingest.spill.SessionStore;
import dev.coroner.trace.Session;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.Sha256;
import dev.coroner.trace.SourceRef;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads inputs into sessions: hashes each input as stored (chain of custody), decompresses
 * gzip and zstd (both behind the same decompression-ratio cap), sniffs the format (unless
 * forced), and streams the records into session builders.
 * A problem with one input never stops the others.
 */
public final class TraceLoader {

    private final FormatRegistry registry;
    private final Optional<TraceImporter> forced;
    private final Supplier<InputStream> stdin;
    private final LoadProgress progress;
    /** Bytes of sessions held before spilling; negative: {@link MemoryBudget#bytes()}, read when loading. */
    private final long budget;
    private final Path spillParent;

    /**
     * @param registry known formats
     * @param forced   importer to use for every input ({@code --from}), or empty to sniff
     * @param stdin    standard input, read when an input is {@code -}
     */
    public TraceLoader(FormatRegistry registry, Optional<TraceImporter> forced, Supplier<InputStream> stdin) {
        this(registry, forced, stdin, new LoadProgress());
    }

    /**
     * @param progress updated as the inputs are read: bytes read, bytes in all, sessions seen
     */
    public TraceLoader(FormatRegistry registry, Optional<TraceImporter> forced, Supplier<InputStream> stdin,
                       LoadProgress progress) {
        this(registry, forced, stdin, progress, -1, null);
    }

    private TraceLoader(FormatRegistry registry, Optional<TraceImporter> forced, Supplier<InputStream> stdin,
                        LoadProgress progress, long budget, Path spillParent) {
        this.registry = registry;
        this.forced = forced;
        this.stdin = stdin;
        this.progress = progress;
        this.budget = budget;
        this.spillParent = spillParent;
    }

    /**
     * This loader, holding sessions up to {@code budget} bytes and spilling the rest to a temporary
     * directory made under {@code parent} (null: the system's temporary directory). The directory is
     * deleted when the loaded trace is closed, or at exit.
     */
    public TraceLoader spillingTo(Path parent, long budget) {
        return new TraceLoader(registry, forced, stdin, progress, budget, parent);
    }

    public LoadedTrace load(InputSet inputs) {
        Map<String, SessionBuilder> sessions = new LinkedHashMap<>();
        long bytes = budget < 0 ? MemoryBudget.bytes() : budget;
        SessionStore.Writer store = new SessionStore.Writer(bytes, spillParent);
        List<ImportProblem> problems = new ArrayList<>(inputs.problems());
        List<InputRecord> records = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ImportContext context = new ImportContext() {
            @Override
            public SessionBuilder session(String id, SourceRef firstSeen) {
                SessionBuilder builder = sessions.get(id);
                if (builder == null) {
                    Session done = store.take(id);
                    builder = done != null ? SessionBuilder.resume(done) : new SessionBuilder(id, firstSeen);
                    sessions.put(id, builder);
                }
                progress.sessionSeen(sessions.size() + store.size());
                return builder;
            }

            @Override
            public void completed(SessionBuilder builder) {
                if (sessions.remove(builder.id(), builder)) {
                    store.add(builder.build());
                }
            }

            @Override
            public long spanBudget() {
                return bytes;
            }

            @Override
            public Path spillParent() {
                return spillParent;
            }

            @Override
            public void problem(SourceRef at, String message) {
                problems.add(new ImportProblem(at, message, false));
            }

            @Override
            public void skipped(String note) {
                skipped.add(note);
            }
        };
        for (InputFile file : inputs.files()) {
            progress.addInput(size(file));
        }
        try {
            for (InputFile file : inputs.files()) {
                loadOne(file, context, records, problems, skipped);
            }
            List<SessionBuilder> builders = new ArrayList<>(sessions.values());
            sessions.clear();
            for (int i = 0; i < builders.size(); i++) {
                store.add(builders.get(i).build());
                builders.set(i, null); // its index of messages by digest need not outlive the session
            }
        } catch (RuntimeException | Error e) {
            store.abandon();
            throw e;
        }
        problems.sort(null);
        return new LoadedTrace(store.finish(), records, problems, skipped);
    }

    private void loadOne(InputFile file, ImportContext context, List<InputRecord> records,
                         List<ImportProblem> problems, List<String> skipped) {
        SourceRef where = SourceRef.line(file.display(), 0);
        if (file.isDatabase()) {
            loadDatabase(file, context, records, problems);
            return;
        }
        MessageDigest sha256 = Sha256.newDigest();
        CountingInputStream raw;
        try {
            raw = new CountingInputStream(file.isStdin() ? stdin.get() : open(file.path()), progress);
        } catch (IOException e) {
            problems.add(new ImportProblem(where, "cannot open: " + reason(e), true));
            return;
        }
        String format = "";
        InputStream stored = new DigestInputStream(raw, sha256);
        ReadAhead inflating = null; // the decompressing thread, if the input is compressed
        try {
            BufferedInputStream buffered = new BufferedInputStream(stored, Head.LIMIT);
            InputStream decompressing = decompressing(buffered, raw);
            InputStream content = buffered;
            if (decompressing != null) {
                inflating = new ReadAhead(decompressing, "coroner-inflate");
                content = new BufferedInputStream(inflating, Head.LIMIT);
            }
            Head head = readHead(content);
            Optional<TraceImporter> importer = forced.isPresent() ? forced : registry.detect(head);
            if (importer.isEmpty()) {
                if (FormatRegistry.isCoronerReport(head)) {
                    if (!file.explicit()) {
                        return; // a report kept beside the dump it describes: not evidence, not listed
                    }
                    problems.add(new ImportProblem(where, "a coroner report, not a trace", true));
                } else if (file.explicit()) {
                    problems.add(new ImportProblem(where,
                            "not a recognised trace format (looked for: " + registry.names() + ")", true));
                } else {
                    skipped.add(file.display() + ": not a recognised trace format");
                }
                stop(inflating);
                stored.transferTo(java.io.OutputStream.nullOutputStream());
                records.add(new InputRecord(file.display(), "", Sha256.hex(sha256), raw.count()));
                return;
            }
            format = importer.get().name();
            if (importer.get() instanceof FileImporter) {
                readFile(importer.get(), file, content, inflating != null, context);
            } else {
                importer.get().read(new TraceInput(file.display(), content), context);
            }
            // Drain what the importer did not need, so the hash covers the whole input.
            stop(inflating);
            stored.transferTo(java.io.OutputStream.nullOutputStream());
            records.add(new InputRecord(file.display(), format, Sha256.hex(sha256), raw.count()));
        } catch (IOException e) {
            problems.add(new ImportProblem(where, "cannot read: " + reason(e), true));
            // A truncated or refused input is still evidence: hash every stored byte when the
            // failure was in decoding it rather than in reading the file.
            stop(inflating);
            String hash = drain(stored) ? Sha256.hex(sha256) : "";
            records.add(new InputRecord(file.display(), format, hash, raw.count()));
        } finally {
            stop(inflating);
            try {
                stored.close();
            } catch (IOException e) {
                // Nothing more to read from it; the input has been recorded already.
            }
        }
    }

    /** The size of a regular file, or -1 for standard input, a pipe or a database. */
    private static long size(InputFile file) {
        try {
            return file.path() != null && Files.isRegularFile(file.path()) ? Files.size(file.path()) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Opens a file, or a named pipe or process substitution with a plain {@code FileInputStream}: the
     * channel stream of {@code Files.newInputStream} asks a pipe for its position and fails ("Illegal
     * seek").
     */
    private static InputStream open(Path path) throws IOException {
        return Files.isRegularFile(path) ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile());
    }

    /** Ends the decompressing thread, if any, before the stored bytes beneath it are read or closed. */
    private static void stop(ReadAhead inflating) {
        if (inflating != null) {
            inflating.stop();
        }
    }

    private static boolean drain(InputStream stored) {
        try {
            stored.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Hands a file-reading importer a local file: the input itself when it is a plain file, else a
     * temporary copy of the decompressed content (standard input, a pipe, gzip, zstd), removed
     * afterwards.
     */
    private static void readFile(TraceImporter importer, InputFile file, InputStream content, boolean decompressed,
                                 ImportContext context) throws IOException {
        if (!file.isStdin() && !decompressed && Files.isRegularFile(file.path())) {
            importer.read(new TraceInput(file.display(), content, file.path(), null), context);
            return;
        }
        Path directory = Files.createTempDirectory("coroner-spool-");
        Path copy = directory.resolve("input");
        try {
            Files.copy(content, copy);
            try (InputStream spooled = Files.newInputStream(copy)) {
                importer.read(new TraceInput(file.display(), spooled, copy, null), context);
            }
        } finally {
            deleteTree(directory);
        }
    }

    /** A database input: read by the importer that recognises its URL (or the forced one); no bytes to hash. */
    private void loadDatabase(InputFile file, ImportContext context, List<InputRecord> records,
                              List<ImportProblem> problems) {
        SourceRef where = SourceRef.line(file.display(), 0);
        Optional<TraceImporter> importer = forced.isPresent() ? forced
                : registry.forUrl(file.url()).map(TraceImporter.class::cast);
        if (importer.isEmpty() || !(importer.get() instanceof DatabaseImporter database
                && database.recognisesUrl(file.url()))) {
            problems.add(new ImportProblem(where, importer.isEmpty() ? "not a database URL coroner reads"
                    : "the format " + importer.get().name() + " does not read databases", true));
            records.add(new InputRecord(file.display(), "", "", 0));
            return;
        }
        try {
            importer.get().read(new TraceInput(file.display(), InputStream.nullInputStream(), null, file.url()), context);
        } catch (IOException e) {
            problems.add(new ImportProblem(where, "cannot read: " + reason(e), true));
        }
        records.add(new InputRecord(file.display(), importer.get().name(), "", 0));
    }

    /** Removes a temporary directory and what is in it; best effort. */
    static void deleteTree(Path directory) {
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file is not worth failing the analysis for
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static String reason(IOException e) {
        if (e instanceof EOFException) {
            return "unexpected end of compressed data (truncated file?)";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data (" + e.getMessage() + ")";
        }
        if (e instanceof ZstdIOException) {
            return "corrupt zstd data (" + e.getMessage() + ")";
        }
        return IoProblems.describe(e, "no such file");
    }

    /**
     * The content, decompressed when the magic bytes say gzip ({@code 1f 8b}) or zstd
     * ({@code 28 b5 2f fd}), whatever the file is called; both are capped by
     * {@link BoundedRatioInputStream}; null for any other content. The caller reads it on a thread of its
     * own ({@link ReadAhead}), beside the parse.
     */
    private static InputStream decompressing(BufferedInputStream in, CountingInputStream raw) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        InputStream decompressing;
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            decompressing = new GZIPInputStream(in, 1 << 16);
        } else if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            decompressing = new ZstdInputStream(in);
        } else {
            return null;
        }
        return new BoundedRatioInputStream(decompressing, raw::count);
    }

    private static Head readHead(InputStream in) throws IOException {
        in.mark(Head.LIMIT);
        byte[] buffer = in.readNBytes(Head.LIMIT);
        in.reset();
        return new Head(buffer);
    }

    /** Counts bytes as stored, for sizes and the decompression ratio. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;
        private final LoadProgress progress;

        CountingInputStream(InputStream in, LoadProgress progress) {
            super(in);
            this.progress = progress;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                progress.addRead(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.addRead(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            progress.addRead(skipped);
            return skipped;
        }
    }
}
