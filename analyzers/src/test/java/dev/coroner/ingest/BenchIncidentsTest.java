package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Session;
import dev.coroner.trace.TraceJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every blind-written incident under {@code bench/incidents/batch-*} imports with no problem, its
 * truth.json is well formed (known classes, a story each), and every session it names is a session
 * coroner reads from the artifacts: the scorer can only be trusted when the incidents are read whole.
 */
class BenchIncidentsTest {

    private static final Set<String> CLASSES = Set.of("poisoning", "amnesia", "bleed", "handoff", "retrieval",
            "boundary", "none");

    static Stream<Path> incidents() throws IOException {
        Path root = Path.of("..", "bench", "incidents").toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> batches = Files.list(root)) {
            for (Path batch : batches.filter(p -> p.getFileName().toString().startsWith("batch-")).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(batch)) {
                    dirs.filter(d -> Files.isRegularFile(d.resolve("truth.json"))).sorted().forEach(out::add);
                }
            }
        }
        assertFalse(out.isEmpty(), "no incidents under " + root);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void importsWholeAndNamesOnlySessionsItHolds(Path incident) throws IOException {
        LoadedTrace trace = Traces.load(incident.getParent(), incident.getFileName().toString());
        assertEquals(List.of(), trace.problems(), incident.toString());
        Set<String> sessions = trace.sessions().stream().map(Session::id).collect(Collectors.toCollection(TreeSet::new));
        JsonNode truth = TraceJson.mapper().readTree(incident.resolve("truth.json").toFile());
        assertTrue(truth.path("failures").isArray() && !truth.path("failures").isEmpty(), "failures in truth.json");
        for (JsonNode failure : truth.get("failures")) {
            assertTrue(CLASSES.contains(failure.path("class").asText()), "class " + failure.path("class"));
            assertFalse(failure.path("story").asText().isBlank(), "every failure has its story");
            assertTrue(sessions.contains(failure.path("session").asText()),
                    failure.path("session").asText() + " is not among " + sessions);
        }
        assertTrue(Files.isRegularFile(incident.resolve("README.md")), "README.md");
        try (Stream<Path> files = Files.list(incident)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("generate.")), "its generator");
        }
    }
}
