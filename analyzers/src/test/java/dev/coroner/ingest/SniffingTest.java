package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No input is mis-detected: for every importer fixture, every bundled sample trace and every check
 * fixture, exactly one importer recognises the first bytes, and it is the right one (the fixture's
 * folder, or the format recorded in the sample's expected report). Sniffing order then cannot
 * matter.
 */
class SniffingTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path CHECKS = Path.of("src/test/resources/checks");

    @Test
    void everyImporterFixtureIsRecognisedByItsOwnImporterOnly() throws IOException {
        List<Path> fixtures = Fixtures.all();
        assertTrue(fixtures.size() >= 15, "fixtures found: " + fixtures.size());
        for (Path fixture : fixtures) {
            assertEquals(Set.of(Fixtures.format(fixture)), recognisers(fixture), fixture.toString());
        }
    }

    @Test
    void everySampleTraceIsRecognisedAsTheFormatItsReportNames() throws IOException {
        List<Path> samples;
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            samples = dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList();
        }
        assertTrue(samples.size() >= 9, "samples found: " + samples.size());
        for (Path sample : samples) {
            JsonNode report = new ObjectMapper().readTree(sample.resolve("expected.json").toFile());
            String format = report.at("/inputs/0/format").asText();
            assertEquals(Set.of(format), recognisers(sample.resolve("trace.jsonl")), sample.toString());
        }
    }

    @Test
    void everyCheckFixtureIsRecognisedByExactlyOneImporter() throws IOException {
        List<Path> traces;
        try (Stream<Path> walk = Files.walk(CHECKS)) {
            traces = walk.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path trace : traces) {
            assertEquals(1, recognisers(trace).size(), trace + " recognised by " + recognisers(trace));
        }
    }

    static Set<String> recognisers(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(Head.LIMIT);
        }
        Set<String> names = new TreeSet<>();
        List<TraceImporter> importers = new ArrayList<>(FormatRegistry.standard().importers());
        for (TraceImporter importer : importers) {
            if (importer.recognises(new Head(head))) {
                names.add(importer.name());
            }
        }
        return names;
    }
}
