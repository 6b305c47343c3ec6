package dev.coroner.ingest;

import static dev.coroner.ingest.SpillLoads.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.spill.SessionStore;
import dev.coroner.trace.Session;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions of coroner JSONL completed while the file is read (and continued when named again) are
 * the sessions a reader holding every session open builds.
 */
class OpenSessionsTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path CHECK_FIXTURES = Path.of("src/test/resources/checks");

    /** A context that records the ids of the sessions handed to it as completed. */
    private static ImportContext recording(List<String> completed) {
        return new ImportContext() {
            @Override
            public SessionBuilder session(String id, SourceRef firstSeen) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void completed(SessionBuilder session) {
                completed.add(session.id());
            }

            @Override
            public void problem(SourceRef at, String message) {
            }
        };
    }

    @Test
    void theSessionTouchedLongestAgoIsCompletedFirstAndTheNewestNever() {
        List<String> completed = new ArrayList<>();
        ImportContext context = recording(completed);
        OpenSessions open = new OpenSessions(context, 100);
        SessionBuilder a = builder("a");
        SessionBuilder b = builder("b");
        SessionBuilder c = builder("c");
        open.touched(a, 40);
        open.touched(b, 40);
        open.touched(a, 10); // a is now the newest
        assertEquals(List.of(), completed);
        open.touched(c, 30); // 120 > 100: b, touched longest ago, goes
        assertEquals(List.of("b"), completed);
        open.touched(c, 500); // over the limit alone: a goes, c stays open
        assertEquals(List.of("b", "a"), completed);
        assertEquals(1, open.size());
        SessionBuilder again = builder("a"); // continued in a new builder
        open.touched(again, 1);
        assertEquals(List.of("b", "a", "c"), completed);
    }

    @Test
    void anUnboundedContextCompletesNothing() {
        List<String> completed = new ArrayList<>();
        ImportContext context = recording(completed);
        OpenSessions open = new OpenSessions(context);
        for (int i = 0; i < 1000; i++) {
            open.touched(builder("s" + i), 1_000_000);
        }
        assertEquals(List.of(), completed);
    }

    @Test
    void sessionsCompletedWhileReadingAreTheSessionsHeldOpen(@TempDir Path dir) throws IOException {
        int sessions = 0;
        for (Path input : jsonlInputs()) {
            List<Session> held = load(input, Long.MAX_VALUE, null).sessions();
            try (LoadedTrace spilled = load(input, 1, dir)) {
                assertEquals(held, spilled.sessions(), input.toString());
            }
            sessions += held.size();
        }
        assertTrue(sessions > 50, "the inputs hold many sessions: " + sessions);
    }

    @Test
    void interleavedSessionsComeBackWholeWhenCompletedAndContinued(@TempDir Path dir) throws IOException {
        // The lines of two traces in turn (each trace's header first): every line switches session.
        List<String> a = Files.readAllLines(SAMPLES.resolve("poisoning-order-not-found/trace.jsonl"));
        List<String> b = Files.readAllLines(SAMPLES.resolve("bleed-shared-memory/trace.jsonl"));
        List<String> mixed = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                mixed.add(a.get(i));
            }
            if (i < b.size()) {
                mixed.add(b.get(i));
            }
        }
        Path input = dir.resolve("mixed.jsonl");
        Files.write(input, mixed);
        List<Session> held = load(input, Long.MAX_VALUE, null).sessions();
        assertTrue(held.size() >= 2, "two traces' sessions: " + held.size());
        try (LoadedTrace spilled = load(input, 1, dir)) {
            assertEquals(held, spilled.sessions());
            assertTrue(((SessionStore) spilled.sessions()).spilled() > 0, "completed sessions were spilled");
        }
    }

    private static SessionBuilder builder(String id) {
        return new SessionBuilder(id, SourceRef.line("t.jsonl", 1));
    }

    /** The coroner JSONL traces of the samples and the check fixtures. */
    private static List<Path> jsonlInputs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(SAMPLES, CHECK_FIXTURES)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".jsonl")).filter(OpenSessionsTest::isCoronerJsonl).sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static boolean isCoronerJsonl(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(l -> l.contains("\"coroner\"")).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
