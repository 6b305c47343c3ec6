package dev.coroner.testing;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceImporter;
import dev.coroner.ingest.TraceLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test helpers: write small traces and run them through the real pipeline. */
public final class Traces {

    private Traces() {
    }

    /** Writes lines, each followed by a newline, to {@code dir/name} (parents created). */
    public static Path write(Path dir, String name, String... lines) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Loads the arguments (paths relative to base, database URLs, or {@code -}), sniffing the format, with empty stdin. */
    public static LoadedTrace load(Path base, String... arguments) {
        return load(base, Optional.empty(), new byte[0], arguments);
    }

    /** Loads the arguments with the given forced importer and standard input. */
    public static LoadedTrace load(Path base, Optional<TraceImporter> forced, byte[] stdin, String... arguments) {
        List<String> resolved = Stream.of(arguments)
                .map(a -> a.equals("-") || FormatRegistry.standard().isDatabaseUrl(a) ? a : base.resolve(a).toString()).toList();
        InputSet inputs = InputSet.expand(resolved, base);
        return new TraceLoader(FormatRegistry.standard(), forced, () -> streamOf(stdin)).load(inputs);
    }

    /** Loads one file by absolute path, displayed relative to its directory. */
    public static LoadedTrace load(Path file) {
        return load(file.getParent(), file.toString());
    }

    /** Runs every check of the catalogue over a loaded trace. */
    public static AnalysisResult analyze(LoadedTrace trace) {
        return analyze(trace, AnalysisOptions.none());
    }

    /** Runs every check of the catalogue over a loaded trace with the given options. */
    public static AnalysisResult analyze(LoadedTrace trace, AnalysisOptions options) {
        return new Analyzer(CheckCatalog.all(), 2, options).analyze(trace);
    }

    private static InputStream streamOf(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
