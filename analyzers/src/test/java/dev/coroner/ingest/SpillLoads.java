package dev.coroner.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loading an input under a memory budget, and listing what a spill left behind, for the spill tests. */
final class SpillLoads {

    private SpillLoads() {
    }

    /** The input loaded as {@code examine} loads it, spilling past {@code budget} bytes beside {@code spillParent}. */
    static LoadedTrace load(Path input, long budget, Path spillParent) {
        return new TraceLoader(FormatRegistry.standard(), Optional.empty(), () -> new ByteArrayInputStream(new byte[0]))
                .spillingTo(spillParent, budget)
                .load(InputSet.expand(List.of(input.toString()), input.toAbsolutePath().getParent()));
    }

    /** The entries of a directory. */
    static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
