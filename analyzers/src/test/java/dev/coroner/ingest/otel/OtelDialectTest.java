package dev.coroner.ingest.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialect tables: spans are matched by their attributes, so one file may mix producers. */
class OtelDialectTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "otel");

    @Test
    void oneFileMixingFourDialectsReadsEachSessionAsItsOwnFileDoes(@TempDir Path dir) throws IOException {
        List<String> files = List.of("langfuse-v5-tool-call.jsonl", "openllmetry-tool-call.jsonl",
                "mastra-tool-call.jsonl", "genai-attributes.jsonl");
        List<String> lines = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (String file : files) {
            lines.addAll(Files.readAllLines(FIXTURES.resolve(file)));
            Traces.load(FIXTURES.resolve(file).toAbsolutePath()).sessions().forEach(s -> alone.add(summary(s)));
        }
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), lines);
        LoadedTrace trace = Traces.load(mixed);
        assertEquals(List.of(), trace.problems());
        assertEquals(alone.stream().sorted().toList(), trace.sessions().stream().map(OtelDialectTest::summary)
                .sorted().toList());
    }

    /** A session's principal, model calls (model, input size, output) and tool calls with their results. */
    private static String summary(Session session) {
        StringBuilder out = new StringBuilder(session.id() + " principal=" + session.principal());
        session.steps().forEach(step -> {
            if (step instanceof ModelCall call) {
                out.append("\n model ").append(call.model()).append(" input=").append(call.context().size())
                        .append(" output=").append(call.output().isPresent()
                                ? session.message(call.output().getAsInt()).text() : "-");
            } else if (step instanceof ToolCall call) {
                out.append("\n tool ").append(call.tool()).append(' ').append(call.callId()).append(' ')
                        .append(call.arguments());
            } else if (step instanceof ToolResult result) {
                out.append("\n result ").append(result.callId()).append(result.flaggedError() ? " failed " : " ")
                        .append(session.message(result.message()).text());
            }
        });
        return out.toString();
    }

    @Test
    void everyDialectNamesItsProducerAndWhatItShows() {
        Set<String> names = new HashSet<>();
        for (OtelDialect dialect : OtelDialect.ALL) {
            assertTrue(names.add(dialect.name()), dialect.name() + " is named once");
            assertTrue(!dialect.producer().isEmpty() && !dialect.shows().isEmpty() && !dialect.cannotShow().isEmpty(),
                    dialect.name() + " says what it can and cannot show");
        }
        assertEquals(List.of("genai", "ai-sdk", "traceloop", "langfuse-v5", "mastra"),
                OtelDialect.ALL.stream().map(OtelDialect::name).toList());
    }

    @Test
    void aToolSpanDropsOnlyTheContentItReadAnOuterSpanKeepsItsOwn() {
        LoadedTrace trace = Traces.load(FIXTURES.resolve("langfuse-v5-tool-call.jsonl").toAbsolutePath());
        Session session = trace.sessions().get(0);
        ToolCall call = session.steps().stream().filter(ToolCall.class::isInstance).map(ToolCall.class::cast)
                .findFirst().orElseThrow();
        assertTrue(!call.attributes().containsKey("langfuse.observation.input")
                && !call.attributes().containsKey("langfuse.observation.output"), "read as arguments and result");
        assertTrue(session.steps().get(0).attributes().containsKey("langfuse.observation.output"),
                "the agent observation's own answer is not read as a message: it stays an attribute");
    }
}
