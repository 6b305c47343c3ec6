package dev.coroner.ingest;

import static dev.coroner.ingest.SpillLoads.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.spill.SessionCodec;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Session;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past the span budget an input is shuffled ({@link SpanPartitions}): its heads go to trace partitions by
 * trace id, then to session partitions by session key, and sessions are made one partition at a time.
 * The sessions are those of the held load, also a session whose traces lie in different trace
 * partitions, traces without a session key, a key that only a later span of its trace carries, two key
 * attributes naming one session, and spans whose parent is not in the input; the partition files are in a
 * {@code coroner-spill-…} directory beside the report while sessions are made and gone after, also when
 * making a session fails.
 */
class SpanShuffleTest {

    /** A span of a test format with two session-key attributes, the first winning. */
    record TestSpan(String trace, String id, String parent, long start, String session, String conversation) {
        String key(String name) {
            return name.equals("session") ? session : conversation;
        }
    }

    private static final SpanCodec<TestSpan> CODEC = new SpanCodec<>() {
        @Override
        public void write(JsonGenerator out, TestSpan span) throws IOException {
            out.writeStartArray();
            out.writeString(span.trace());
            out.writeString(span.id());
            out.writeString(span.parent());
            out.writeNumber(span.start());
            out.writeString(span.session());
            out.writeString(span.conversation());
            out.writeEndArray();
        }

        @Override
        public TestSpan read(JsonParser in) throws IOException {
            TestSpan span = new TestSpan(SessionCodec.readString(in), SessionCodec.readString(in),
                    SessionCodec.readString(in), SessionCodec.readLong(in), SessionCodec.readString(in),
                    SessionCodec.readString(in));
            SessionCodec.readEnd(in);
            return span;
        }

        @Override
        public long estimate(TestSpan span) {
            return 100;
        }
    };

    private static final SpanAssembly<TestSpan> ASSEMBLY = new SpanAssembly<TestSpan>(TestSpan::id, TestSpan::parent,
            TestSpan::start, s -> SourceRef.line("test", s.start()))
            .bySessionKeys(List.of("session", "conversation"), TestSpan::key, CODEC);

    /**
     * 300 traces of 4 to 7 spans, written interleaved three traces at a time and children first; a trace
     * names one of 40 sessions on one of its spans (by either attribute), or none, and some spans' parents
     * are in no trace.
     */
    private static List<TestSpan> spans() {
        SplittableRandom random = new SplittableRandom(11);
        List<List<TestSpan>> traces = new ArrayList<>();
        for (int trace = 0; trace < 300; trace++) {
            int size = 4 + random.nextInt(4);
            int named = random.nextInt(size + 2); // past the end: the trace names no session
            String session = "s-" + random.nextInt(40);
            boolean conversation = random.nextInt(3) == 0;
            String t = "trace-" + trace;
            List<TestSpan> spans = new ArrayList<>();
            for (int i = size - 1; i >= 0; i--) {
                String parent = i == 0 ? (random.nextInt(10) == 0 ? "elsewhere-" + trace : "") : t + "-" + random.nextInt(i);
                spans.add(new TestSpan(t, t + "-" + i, parent, trace * 10L + i + random.nextInt(2),
                        i == named && !conversation ? session : "", i == named && conversation ? session : ""));
            }
            traces.add(spans);
        }
        List<TestSpan> input = new ArrayList<>();
        for (int first = 0; first < traces.size(); first += 3) {
            for (int i = 0; i < 7; i++) {
                for (List<TestSpan> trace : traces.subList(first, Math.min(first + 3, traces.size()))) {
                    if (i < trace.size()) {
                        input.add(trace.get(i));
                    }
                }
            }
        }
        return input;
    }

    @Test
    void sessionsWhoseTracesLieInDifferentTracePartitionsAssembleWholeAndEqualToTheHeldLoad(@TempDir Path report) {
        List<TestSpan> input = spans();
        Assembled held = assemble(input, Long.MAX_VALUE, 4, report, null);
        assertFalse(held.shuffled, "within the budget nothing is shuffled");
        assertEquals(List.of(), list(report), "nothing is written within the budget");

        Map<String, Set<Integer>> partitionsOfSession = new HashMap<>();
        for (Session session : held.sessions) {
            for (var step : session.steps()) {
                String name = ((NodeStep) step).name();
                String trace = name.substring(0, name.lastIndexOf('-'));
                partitionsOfSession.computeIfAbsent(session.id(), k -> new HashSet<>())
                        .add(SpanPartitions.partition(trace, 4));
            }
        }
        assertTrue(partitionsOfSession.values().stream().anyMatch(p -> p.size() > 1),
                "some session has traces in different trace partitions");
        assertTrue(held.sessions.stream().anyMatch(s -> s.id().startsWith("trace-")), "some trace names no session");
        assertTrue(held.sessions.stream().flatMap(s -> s.steps().stream()).anyMatch(step -> !step.attributes().isEmpty()),
                "some span's parent is not in the input");

        for (long budget : new long[] {1, 100 * 50}) { // every span spilled; 50 held, the rest spilled
            for (int partitions : new int[] {1, 4, 64}) {
                Assembled shuffled = assemble(input, budget, partitions, report, null);
                String what = "budget " + budget + ", " + partitions + " partitions";
                assertTrue(shuffled.shuffled, what);
                assertEquals(byId(held.sessions), byId(shuffled.sessions), what);
                assertEquals(held.sessions.size(), new TreeSet<>(shuffled.sessions.stream().map(Session::id).toList()).size(),
                        "each session is completed once: " + what);
                // A session partition is deleted once read: with one, none is left while its sessions are made.
                assertEquals(partitions > 1, shuffled.partitionFilesWhileMade, "partition files beside the report: " + what);
                assertEquals(List.of(), list(report), "the spill directories are gone: " + what);
            }
        }
    }

    @Test
    void aShuffledInputCompletesItsSessionsInTheOrderTheyFirstAppearWithinEachPartition(@TempDir Path report) {
        List<TestSpan> input = spans();
        List<String> held = assemble(input, Long.MAX_VALUE, 4, report, null).sessions.stream().map(Session::id).toList();
        List<String> shuffled = assemble(input, 1, 4, report, null).sessions.stream().map(Session::id).toList();
        for (int p = 0; p < 4; p++) {
            int partition = p;
            assertEquals(held.stream().filter(id -> SpanPartitions.partition(id, 4) == partition).toList(),
                    shuffled.stream().filter(id -> SpanPartitions.partition(id, 4) == partition).toList());
        }
        assertEquals(List.of(), list(report));
    }

    @Test
    void thePartitionFilesAreDeletedWhenMakingASessionFails(@TempDir Path report) {
        List<TestSpan> input = spans();
        assertThrows(IllegalStateException.class, () -> assemble(input, 1, 4, report, "s-7"));
        assertEquals(List.of(), list(report));
    }

    private static List<Session> byId(List<Session> sessions) {
        return sessions.stream().sorted(Comparator.comparing(Session::id)).toList();
    }

    private record Assembled(List<Session> sessions, boolean shuffled, boolean partitionFilesWhileMade) {
    }

    private static Assembled assemble(List<TestSpan> input, long budget, int partitions, Path report, String failing) {
        List<Session> completed = new ArrayList<>();
        Map<String, SessionBuilder> builders = new LinkedHashMap<>();
        boolean[] partitionFiles = new boolean[1];
        ImportContext context = new ImportContext() {
            @Override
            public SessionBuilder session(String id, SourceRef firstSeen) {
                return builders.computeIfAbsent(id, k -> new SessionBuilder(id, firstSeen));
            }

            @Override
            public void completed(SessionBuilder session) {
                builders.remove(session.id());
                completed.add(session.build());
                partitionFiles[0] |= sessionPartitionFiles(report);
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
                throw new AssertionError(message);
            }
        };
        boolean shuffled;
        try (SpanPartitions<TestSpan> spans = ASSEMBLY.partitions(context, partitions)) {
            input.forEach(span -> spans.add(span.trace(), span));
            shuffled = spans.shuffled();
            ASSEMBLY.bySession(spans, context, timeline -> {
                SessionBuilder session = timeline.session();
                if (session.id().equals(failing)) {
                    throw new IllegalStateException("steps failed");
                }
                for (TestSpan span : timeline.spans()) {
                    Map<String, JsonNode> attributes = new HashMap<>();
                    timeline.markParentMissing(span, attributes);
                    session.add(new NodeStep(session.nextIndex(), SourceRef.line("test", span.start()), "",
                            span.id(), "span", false, "", attributes));
                }
            }, 2);
        }
        assertTrue(builders.isEmpty(), "every session completed");
        return new Assembled(completed, shuffled, partitionFiles[0]);
    }

    private static boolean sessionPartitionFiles(Path report) {
        try (Stream<Path> walk = Files.walk(report)) {
            return walk.anyMatch(p -> p.getFileName().toString().startsWith("sessions-")
                    && p.getParent().getFileName().toString().startsWith("coroner-spill-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
