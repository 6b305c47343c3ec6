package dev.coroner.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The human-labelled development sets in ../shared/datasets (real transcripts nobody on this
 * project wrote) import in their own formats without a single import problem: Magentic-One logs,
 * AG2 group chats (with every code execution as a tool result) and agent turn lists.
 */
class SharedDatasetsImportTest {

    static final Path DATASETS = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/datasets");

    @ParameterizedTest
    @CsvSource({"who-and-when-handcrafted, magentic-one, 58", "who-and-when-algorithm, ag2-groupchat, 63",
            "assebench-dev, chat, 409"})
    void importsWithoutProblems(String dataset, String format, int sessions) {
        Path traces = DATASETS.resolve(dataset).resolve("traces.jsonl");
        assumeTrue(Files.isRegularFile(traces), "shared dataset absent, skipping: " + traces);
        LoadedTrace trace = new TraceLoader(FormatRegistry.standard(), Optional.empty(),
                () -> new ByteArrayInputStream(new byte[0])).load(InputSet.expand(List.of(traces.toString()), DATASETS));
        assertEquals(List.of(), trace.problems());
        assertEquals(format, trace.inputs().get(0).format());
        assertEquals(sessions, trace.sessions().size());
        trace.sessions().forEach(s -> {
            if (s.steps().isEmpty()) {
                throw new AssertionError("empty session " + s.id());
            }
        });
    }

    /** Every reply of AG2's executor with an exit code is the result of a code-execution call before it. */
    @Test
    void everyAg2CodeExecutionIsAToolResult() {
        Path traces = DATASETS.resolve("who-and-when-algorithm").resolve("traces.jsonl");
        assumeTrue(Files.isRegularFile(traces), "shared dataset absent, skipping: " + traces);
        LoadedTrace trace = new TraceLoader(FormatRegistry.standard(), Optional.empty(),
                () -> new ByteArrayInputStream(new byte[0])).load(InputSet.expand(List.of(traces.toString()), DATASETS));
        int executions = 0;
        int failed = 0;
        for (Session session : trace.sessions()) {
            for (Step step : session.steps()) {
                String text = step instanceof MessageStep m ? session.message(m.message()).text() : "";
                if (Ag2GroupChatImporter.EXIT.matcher(text).find()) {
                    throw new AssertionError(session.id() + " step " + step.index() + ": an execution read as a message");
                }
                if (step instanceof ToolResult result) {
                    executions++;
                    failed += result.flaggedError() ? 1 : 0;
                    assertTrue(session.steps().subList(0, step.index()).stream().anyMatch(s -> s instanceof ToolCall call
                            && call.tool().equals(result.tool())), "a call before " + session.id() + " step " + step.index());
                }
            }
        }
        assertEquals(119, executions);
        assertTrue(failed >= 40, "failed executions: " + failed);
    }
}
