package dev.coroner.ingest;

import static dev.coroner.ingest.SpillLoads.list;
import static dev.coroner.ingest.SpillLoads.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.spill.MemoryBudget;
import dev.coroner.ingest.spill.SessionCodec;
import dev.coroner.ingest.spill.SessionSize;
import dev.coroner.ingest.spill.SessionStore;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions spilled to a temporary file come back as they went: equal records (a {@code LongNode} is
 * not equal to an {@code IntNode} of the same value, so node types are compared too), the same
 * {@link SourceRef}s, and the same findings.
 */
class SessionSpillTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Path SAMPLES = Path.of("../samples");
    private static final Path CHECK_FIXTURES = Path.of("src/test/resources/checks");

    @Test
    void everySessionOfEveryFixtureAndSampleComesBackEqual() throws IOException {
        int sessions = 0;
        for (Path input : inputs()) {
            for (Session session : load(input, Long.MAX_VALUE, null).sessions()) {
                Session back = SessionCodec.decode(SessionCodec.encode(session));
                assertEquals(session, back, input + ": " + session.id());
                for (int i = 0; i < session.steps().size(); i++) {
                    assertEquals(session.step(i).source(), back.step(i).source());
                }
                sessions++;
            }
        }
        assertTrue(sessions > 200, "the fixtures hold many sessions: " + sessions);
    }

    @Test
    void aSessionResumedFromItsBuiltFormBuildsTheSameSession() throws IOException {
        for (Path input : inputs()) {
            for (Session session : load(input, Long.MAX_VALUE, null).sessions()) {
                assertEquals(session, SessionBuilder.resume(session).build(), input + ": " + session.id());
            }
        }
    }

    @Test
    void aSessionSplitOverInputsIsOneSessionWhetherHeldOrSpilled(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fixtures/otel/langfuse-v5-conversation.jsonl"));
        assertEquals(2, lines.size());
        Files.writeString(dir.resolve("a.jsonl"), lines.get(0) + "\n");
        Files.writeString(dir.resolve("b.jsonl"), lines.get(1) + "\n");
        List<Session> held = load(dir, Long.MAX_VALUE, null).sessions();
        try (LoadedTrace spilled = load(dir, 1, null)) {
            assertEquals(held, spilled.sessions());
            assertTrue(((SessionStore) spilled.sessions()).spilled() > 0);
        }
        assertTrue(held.stream().anyMatch(s -> s.steps().stream().map(step -> step.source().file()).distinct().count() > 1),
                "a session has steps from both inputs");
    }

    @Test
    void nodeTypesNullsAndMissingValuesComeBackAsTheyWere() throws IOException {
        ObjectNode tricky = NODES.objectNode();
        tricky.set("\u0000long", LongNode.valueOf(7)); // looks like the codec's own tag
        tricky.set("small long", LongNode.valueOf(5));
        tricky.set("big long", LongNode.valueOf(Long.MAX_VALUE));
        tricky.set("int", IntNode.valueOf(5));
        tricky.set("short", ShortNode.valueOf((short) 3));
        tricky.set("small big integer", BigIntegerNode.valueOf(BigInteger.valueOf(12)));
        tricky.set("big integer", BigIntegerNode.valueOf(new BigInteger("123456789012345678901234567890")));
        tricky.set("decimal", DecimalNode.valueOf(new BigDecimal("1.50")));
        tricky.set("float", FloatNode.valueOf(2.5f));
        tricky.set("double", DoubleNode.valueOf(Double.NaN));
        tricky.set("binary", BinaryNode.valueOf(new byte[] {0, 1, 2, (byte) 255}));
        tricky.set("missing", MissingNode.getInstance());
        tricky.set("null", NODES.nullNode());
        tricky.set("empty", NODES.objectNode());
        tricky.set("nested", NODES.arrayNode().add(NODES.objectNode().set("\u0000object", TextNode.valueOf("x"))));
        SourceRef at = new SourceRef("dir/trace.jsonl", 42, "span-9");
        List<Step> steps = List.of(
                new ModelCall(0, at, "agent", "model", List.of(0, 1), true, OptionalInt.of(1), "",
                        Map.of("a", tricky), Optional.of(List.of(new ToolDefinition("t", "", MissingNode.getInstance()))),
                        Map.of(1, "as recorded")),
                new ModelCall(1, at.withLocator(""), "", "", List.of(), false, OptionalInt.empty(), "error",
                        Map.of(), Optional.empty()),
                new ToolCall(2, SourceRef.line("b.jsonl", 0), "agent", "c1", "tool", null, Map.of("n", LongNode.valueOf(3))),
                new Retrieval(3, at, "", "q", "memory", List.of(new Document("d", "text", OptionalDouble.of(0.25), tricky),
                        new Document("", "", OptionalDouble.empty(), NODES.objectNode())), "", Map.of()),
                new StateSnapshot(4, at, "", "ns", tricky, "v2", List.of("a.b"), Map.of()),
                new Handoff(5, at, "a", "a", "b", MissingNode.getInstance(), List.of(0), Map.of()));
        List<Message> messages = List.of(
                new Message(0, "user", "", "hello \u00e9\u4e2d", List.of(), "", "d0", 0, ""),
                new Message(1, "assistant", "bot", "", List.of(new ToolInvocation("c1", "tool", null),
                        new ToolInvocation("", "t", TextNode.valueOf("{raw"))), "", "d1", 0, "verbatim"));
        Session session = new Session("s", "p", Outcome.FAILURE, "boom", at, steps, messages,
                Map.of("k", tricky), new TreeMap<>(Map.of(0, "p", 3, "q")));

        Session back = SessionCodec.decode(SessionCodec.encode(session));

        assertEquals(session, back);
        JsonNode attribute = ((ModelCall) back.step(0)).attributes().get("a");
        assertSame(LongNode.class, attribute.get("small long").getClass());
        assertSame(BigIntegerNode.class, attribute.get("small big integer").getClass());
        assertEquals("1.50", attribute.get("decimal").decimalValue().toPlainString());
        assertTrue(attribute.get("missing").isMissingNode());
        assertEquals(null, ((ToolCall) back.step(2)).arguments());
        assertEquals(List.of("\u0000long", "small long"), List.copyOf(iterable(attribute)).subList(0, 2));
    }

    @Test
    void aStoreOverItsBudgetSpillsBesideTheGivenDirectoryAndDeletesTheFileOnClose(@TempDir Path report)
            throws IOException {
        List<Session> sessions = load(SAMPLES, Long.MAX_VALUE, null).sessions();
        long largest = sessions.stream().mapToLong(SessionSize::estimate).max().orElseThrow();
        SessionStore.Writer writer = new SessionStore.Writer(largest, report);
        sessions.forEach(writer::add);
        SessionStore store = writer.finish();

        assertTrue(store.spilled() > 0 && store.spilled() < sessions.size(), "some sessions spilled: " + store.spilled());
        assertTrue(store.overBudget().isEmpty());
        List<Path> spillDirectories = list(report);
        assertEquals(1, spillDirectories.size());
        assertTrue(spillDirectories.get(0).getFileName().toString().startsWith("coroner-spill-"));
        assertEquals(sessions, store);
        assertEquals(store.spilled(), java.util.stream.IntStream.range(0, store.size())
                .filter(i -> store.get(i) != store.get(i)).count(), "a spilled session is read back on each get");

        store.close();
        assertEquals(List.of(), list(report), "the spill directory is gone");
    }

    @Test
    void theReportOfSpilledSessionsIsTheReportOfHeldOnes(@TempDir Path report) {
        LoadedTrace held = load(SAMPLES, Long.MAX_VALUE, null);
        long largest = held.sessions().stream().mapToLong(SessionSize::estimate).max().orElseThrow();
        try (LoadedTrace spilled = load(SAMPLES, largest, report)) {
            assertTrue(((SessionStore) spilled.sessions()).spilled() > 0);
            AnalysisResult expected = new Analyzer(CheckCatalog.all(), 1).analyze(held);
            AnalysisResult actual = new Analyzer(CheckCatalog.all(), 3).analyze(spilled);
            assertEquals(expected, actual);
        }
    }

    @Test
    void aSessionOverTheBudgetGetsOneFindingAndTheOthersAreAnalysed(@TempDir Path report) {
        LoadedTrace held = load(SAMPLES, Long.MAX_VALUE, null);
        Session largest = held.sessions().stream()
                .max(java.util.Comparator.comparingLong(SessionSize::estimate)).orElseThrow();
        long second = held.sessions().stream().mapToLong(SessionSize::estimate)
                .filter(size -> size < SessionSize.estimate(largest)).max().orElseThrow();
        try (LoadedTrace limited = load(SAMPLES, second, report)) {
            assertEquals(List.of(largest.id()), List.copyOf(limited.overBudget().keySet()));
            AnalysisResult result = new Analyzer(CheckCatalog.all(), 2).analyze(limited);

            List<Finding> onLargest = result.findings().stream().filter(f -> f.sessionId().equals(largest.id())).toList();
            assertEquals(1, onLargest.size());
            Finding limit = onLargest.get(0);
            assertEquals(Analyzer.LIMIT_REACHED.id(), limit.checkId());
            assertEquals(largest.source(), limit.location());
            assertTrue(limit.message().contains("more than the memory budget of " + MemoryBudget.describe(second)),
                    limit.message());
            assertTrue(result.checks().contains(Analyzer.LIMIT_REACHED));
            assertTrue(result.findings().stream().anyMatch(f -> !f.sessionId().equals(largest.id())),
                    "the other sessions are analysed");
        }
        assertEquals(List.of(), list(report));
        assertFalse(new Analyzer(CheckCatalog.all(), 1).analyze(held).checks().contains(Analyzer.LIMIT_REACHED),
                "listed only when it occurred");
    }

    @Test
    void budgetsAreReadInBytesWithASuffix() {
        assertEquals(64L << 20, parse("64m"));
        assertEquals(2L << 30, parse("2G"));
        assertEquals(512L << 10, parse("512k"));
        assertEquals(1000, parse("1000"));
        assertThrows(IllegalArgumentException.class, () -> parse("lots"));
        assertThrows(IllegalArgumentException.class, () -> parse("-1m"));
    }

    private static long parse(String value) {
        String before = System.getProperty(MemoryBudget.PROPERTY);
        System.setProperty(MemoryBudget.PROPERTY, value);
        try {
            return MemoryBudget.bytes();
        } finally {
            if (before == null) {
                System.clearProperty(MemoryBudget.PROPERTY);
            } else {
                System.setProperty(MemoryBudget.PROPERTY, before);
            }
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>(Fixtures.all());
        inputs.add(SAMPLES);
        try (Stream<Path> checks = Files.list(CHECK_FIXTURES)) {
            checks.filter(Files::isDirectory).sorted().forEach(inputs::add);
        }
        return inputs;
    }


    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
