package dev.coroner.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The human-labelled development sets in ../shared/datasets (real transcripts nobody on this
 * project wrote) import as chat transcripts without a single import problem.
 */
class SharedDatasetsImportTest {

    static final Path DATASETS = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/datasets");

    @ParameterizedTest
    @CsvSource({"who-and-when-handcrafted, 58", "assebench-dev, 409"})
    void importsWithoutProblems(String dataset, int sessions) {
        Path traces = DATASETS.resolve(dataset).resolve("traces.jsonl");
        assumeTrue(Files.isRegularFile(traces), "shared dataset absent, skipping: " + traces);
        LoadedTrace trace = new TraceLoader(FormatRegistry.standard(), Optional.empty(),
                () -> new ByteArrayInputStream(new byte[0])).load(InputSet.expand(List.of(traces.toString()), DATASETS));
        assertEquals(List.of(), trace.problems());
        assertEquals("chat", trace.inputs().get(0).format());
        assertEquals(sessions, trace.sessions().size());
        trace.sessions().forEach(s -> {
            if (s.steps().isEmpty()) {
                throw new AssertionError("empty session " + s.id());
            }
        });
    }
}
