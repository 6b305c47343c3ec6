package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Session;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SpanAssembly#bySession} makes the steps of several sessions at once on helper threads: the
 * sessions completed, their order and their steps are those of one session at a time, however long
 * each session's steps take; a failure in one session's steps reaches the caller.
 */
class SpanAssemblyStepsTest {

    /** A span of a test format: trace, id, parent, start and the session it names. */
    record TestSpan(String trace, String id, String parent, long start, String session) {
    }

    private static final SpanCodec<TestSpan> NO_SPILL = new SpanCodec<>() {
        @Override
        public void write(JsonGenerator out, TestSpan span) {
            throw new AssertionError("nothing is spilled with an unbounded budget");
        }

        @Override
        public TestSpan read(JsonParser in) {
            throw new AssertionError("nothing is spilled with an unbounded budget");
        }

        @Override
        public long estimate(TestSpan span) {
            return 0;
        }
    };

    private static final SpanAssembly<TestSpan> ASSEMBLY = new SpanAssembly<TestSpan>(TestSpan::id, TestSpan::parent,
            TestSpan::start, s -> SourceRef.line("test", s.start()))
            .bySessionKeys(List.of("session"), (s, key) -> s.session(), NO_SPILL);

    @Test
    void helpersCompleteTheSameSessionsInTheSameOrderAsOneThread() {
        List<Session> one = assemble(1, null);
        List<Session> four = assemble(4, null);
        assertEquals(60, one.size());
        assertEquals(one, four);
    }

    @Test
    void aFailureInOneSessionsStepsReachesTheCaller() {
        assertThrows(IllegalStateException.class, () -> assemble(4, "s-17"));
    }

    private static List<Session> assemble(int helpers, String failing) {
        List<Session> completed = new ArrayList<>();
        Map<String, SessionBuilder> builders = new HashMap<>();
        ImportContext context = new ImportContext() {
            @Override
            public SessionBuilder session(String id, SourceRef firstSeen) {
                return builders.computeIfAbsent(id, k -> new SessionBuilder(id, firstSeen));
            }

            @Override
            public void completed(SessionBuilder session) {
                completed.add(session.build());
            }

            @Override
            public void problem(SourceRef at, String message) {
                throw new AssertionError(message);
            }
        };
        try (SpanPartitions<TestSpan> spans = ASSEMBLY.partitions(context)) {
            SplittableRandom random = new SplittableRandom(7);
            long start = 0;
            for (int trace = 0; trace < 240; trace++) {
                String session = "s-" + random.nextInt(60);
                String root = "t" + trace + "-0";
                for (int i = 0; i < 5; i++) {
                    // Spans end (and are written) children first; the root starts first.
                    String id = "t" + trace + "-" + (4 - i);
                    spans.add("t" + trace, new TestSpan("t" + trace, id, id.equals(root) ? "" : root, start + 4 - i,
                            i == 2 ? session : ""));
                }
                start += 10;
            }
            ASSEMBLY.bySession(spans, context, timeline -> {
                SessionBuilder session = timeline.session();
                if (session.id().equals(failing)) {
                    throw new IllegalStateException("steps failed");
                }
                // Uneven work, so sessions finish out of order on the helpers.
                long until = System.nanoTime() + (session.id().hashCode() & 7) * 100_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                for (TestSpan span : timeline.spans()) {
                    session.add(new NodeStep(session.nextIndex(), SourceRef.line("test", span.start()), "",
                            span.id(), "span", false, "", Map.of()));
                }
            }, helpers);
        }
        return completed;
    }
}
