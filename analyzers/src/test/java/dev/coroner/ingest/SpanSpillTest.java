package dev.coroner.ingest;

import static dev.coroner.ingest.SpillLoads.list;
import static dev.coroner.ingest.SpillLoads.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.analysis.Analyzer;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.ingest.openinference.OpenInferenceImporter;
import dev.coroner.ingest.otel.OtelImporter;
import dev.coroner.ingest.otel.OtlpJson;
import dev.coroner.ingest.otel.OtlpSpan;
import dev.coroner.ingest.otel.OtlpSpanCodec;
import dev.coroner.ingest.spill.SessionCodec;
import dev.coroner.trace.Session;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The span importers that assemble by session (OTel, OpenInference) give the same sessions whether the
 * parsed spans of an input are held or written to a span spill file past the memory budget and read
 * back while their session is made; the file lies beside the report (never beside the inputs) and is
 * gone when the input is assembled, or when assembling it fails.
 */
class SpanSpillTest {

    private static final Path OTEL = Fixtures.ROOT.resolve("otel");
    private static final Path OPENINFERENCE = Fixtures.ROOT.resolve("openinference");
    private static final Path SAMPLES = Path.of("../samples");

    @Test
    void everyOtelAndOpenInferenceFixtureGivesTheSameSessionsAndFindingsWithItsSpansSpilled(@TempDir Path report)
            throws IOException {
        List<Path> inputs = new ArrayList<>(traces(OTEL));
        inputs.addAll(traces(OPENINFERENCE));
        inputs.add(SAMPLES.resolve("otel-weather-no-session/trace.jsonl"));
        inputs.add(SAMPLES.resolve("langfuse-v5-tool-error-carried-forward/trace.jsonl"));
        int spilled = 0;
        for (Path input : inputs) {
            LoadedTrace held = load(input, Long.MAX_VALUE, null);
            for (long budget : new long[] {1, 4096}) { // every span spilled; a few held, the rest spilled
                try (LoadedTrace tight = load(input, budget, report)) {
                    List<Session> sessions = List.copyOf(tight.sessions());
                    assertEquals(held.sessions(), sessions, input + ", budget " + budget);
                    assertEquals(held.problems(), tight.problems(), input + ", budget " + budget);
                    LoadedTrace asHeld = new LoadedTrace(sessions, tight.inputs(), tight.problems(), tight.skipped());
                    assertEquals(new Analyzer(CheckCatalog.all(), 1).analyze(held),
                            new Analyzer(CheckCatalog.all(), 2).analyze(asHeld), input + ", budget " + budget);
                }
                assertEquals(List.of(), list(report), "nothing is left beside the report");
            }
            spilled += importDirectly(importerOf(input), input, 1, report).spilledWhileAssembling ? 1 : 0;
        }
        assertEquals(inputs.size(), spilled, "every input's spans were in a spill file while it was assembled");
    }

    @Test
    void theSpillFileIsBesideTheReportWhileTheInputIsAssembledAndNeverBesideTheInputs(@TempDir Path report,
                                                                                     @TempDir Path inputs)
            throws IOException {
        for (Path fixture : List.of(OTEL.resolve("mastra-two-users.jsonl"),
                OPENINFERENCE.resolve("langgraph-agent-as-tool.jsonl"))) {
            Path input = Files.copy(fixture, inputs.resolve(fixture.getFileName()));
            Imported held = importDirectly(importerOf(fixture), input, Long.MAX_VALUE, report);
            Imported spilled = importDirectly(importerOf(fixture), input, 1, report);

            assertFalse(held.spilledWhileAssembling, "within the budget nothing is written");
            assertTrue(spilled.spilledWhileAssembling, fixture + ": the spans were in " + report);
            // A shuffled input completes its sessions partition by partition; the loader sorts them by id.
            assertEquals(byId(held.sessions), byId(spilled.sessions));
            assertEquals(List.of(), list(report), "the spill directory is gone");
            assertEquals(List.of(input), list(inputs), "nothing is written beside the inputs");
            Files.delete(input);
        }
    }

    @Test
    void theSpillFileIsDeletedWhenAssemblyFails(@TempDir Path report) throws IOException {
        Path input = OTEL.resolve("openllmetry-two-users.jsonl");
        ImportContext failing = new Context(1, report) {
            @Override
            public void completed(SessionBuilder session) {
                throw new IllegalStateException("a failure while the spans are spilled");
            }
        };
        try (InputStream stream = Files.newInputStream(input)) {
            assertThrows(IllegalStateException.class,
                    () -> new OtelImporter().read(new TraceInput(input.toString(), stream), failing));
        }
        assertEquals(List.of(), list(report));
    }

    @Test
    void aSpanComesBackFromItsSpillRecordEqual() throws IOException {
        List<OtlpSpan> spans = new ArrayList<>();
        for (Path input : traces(OTEL)) {
            try (InputStream stream = Files.newInputStream(input)) {
                JsonRecords.read(new TraceInput(input.toString(), stream), new Context(Long.MAX_VALUE, null),
                        Set.of("resourceSpans"), (field, value, at) -> {
                            List<JsonNode> elements = new ArrayList<>();
                            if (field.isEmpty()) {
                                value.path("resourceSpans").forEach(elements::add); // one request per line
                            } else {
                                elements.add(value); // one element of a request document
                            }
                            for (JsonNode element : elements) {
                                OtlpJson.spans(element, at, (span, problem) -> {
                                    if (span != null) {
                                        spans.add(span);
                                    }
                                });
                            }
                        });
            }
        }
        assertTrue(spans.size() > 50, "spans: " + spans.size());
        // The fixtures' spans carry no span events; these do, and values whose node type Smile would change.
        SourceRef at = new SourceRef("trace.jsonl", 7, "span 2");
        spans.add(new OtlpSpan("t1", "s2", "", "chat", 3, 1_700_000_000_000_000_001L, 1_700_000_000_500_000_000L, 2,
                "boom", Map.of("gen_ai.usage.input_tokens", LongNode.valueOf(52), "n", IntNode.valueOf(1),
                "list", JsonNodeFactory.instance.arrayNode().add(DoubleNode.valueOf(0.5)).addNull()),
                List.of(new OtlpSpan.OtlpEvent("exception", 3, Map.of("exception.message", TextNode.valueOf("timed out")),
                                MissingNode.getInstance()),
                        new OtlpSpan.OtlpEvent("gen_ai.user.message", 4, Map.of(),
                                JsonNodeFactory.instance.objectNode().put("content", "hello \u00e9"))),
                Map.of("service.name", TextNode.valueOf("desk")), "scope", 3, at));
        for (OtlpSpan span : spans) {
            byte[] bytes = SessionCodec.encode(span, OtlpSpanCodec.INSTANCE::write);
            OtlpSpan back = SessionCodec.decode(bytes, OtlpSpanCodec.INSTANCE::read);
            assertEquals(span, back);
            assertEquals(span.at(), back.at());
        }
        OtlpSpan back = SessionCodec.decode(SessionCodec.encode(spans.get(spans.size() - 1), OtlpSpanCodec.INSTANCE::write),
                OtlpSpanCodec.INSTANCE::read);
        assertSame(LongNode.class, back.attributes().get("gen_ai.usage.input_tokens").getClass());
        assertTrue(back.events().get(0).body().isMissingNode());
    }

    private static List<Session> byId(List<Session> sessions) {
        return sessions.stream().sorted(java.util.Comparator.comparing(Session::id)).toList();
    }

    private record Imported(List<Session> sessions, boolean spilledWhileAssembling) {
    }

    /** Reads one input with the importer alone, noting whether a span spill file existed at each completion. */
    private static Imported importDirectly(TraceImporter importer, Path input, long budget, Path report)
            throws IOException {
        Context context = new Context(budget, report);
        try (InputStream stream = Files.newInputStream(input)) {
            ((StreamImporter) importer).read(new TraceInput(input.getFileName().toString(), stream), context);
        }
        return new Imported(context.sessions, context.spilledWhileAssembling);
    }

    private static class Context implements ImportContext {
        private final long budget;
        private final Path report;
        private final Map<String, SessionBuilder> open = new LinkedHashMap<>();
        final List<Session> sessions = new ArrayList<>();
        boolean spilledWhileAssembling;

        Context(long budget, Path report) {
            this.budget = budget;
            this.report = report;
        }

        @Override
        public SessionBuilder session(String id, SourceRef firstSeen) {
            return open.computeIfAbsent(id, k -> new SessionBuilder(id, firstSeen));
        }

        @Override
        public void completed(SessionBuilder session) {
            open.remove(session.id());
            sessions.add(session.build());
            if (report != null) {
                try (Stream<Path> walk = Files.walk(report)) {
                    spilledWhileAssembling |= walk.anyMatch(p -> p.getFileName().toString().equals("spans.smile")
                            && p.getParent().getFileName().toString().startsWith("coroner-spill-")
                            && p.toFile().length() > 0);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        @Override
        public long spanBudget() {
            return budget;
        }

        @Override
        public Path spillParent() {
            return report;
        }

        @Override
        public void problem(SourceRef at, String message) {
        }
    }

    private static TraceImporter importerOf(Path input) {
        return input.startsWith(OPENINFERENCE) ? new OpenInferenceImporter() : new OtelImporter();
    }

    private static List<Path> traces(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Fixtures::isTrace).sorted().toList();
        }
    }

}
