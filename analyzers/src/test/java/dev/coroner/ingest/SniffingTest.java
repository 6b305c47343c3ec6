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
 * fixture, sniffing picks the right importer (the fixture's folder, or the format recorded in the
 * sample's expected report), and no other importer recognises it except the chat-transcript
 * importer, which is deliberately generic and sniffed last. Among the specific formats, sniffing
 * order therefore cannot matter.
 */
class SniffingTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path CHECKS = Path.of("src/test/resources/checks");
    /** The chat-transcript importer: any role-tagged message list, so it is sniffed last. */
    private static final String GENERIC = "chat";

    @Test
    void everyImporterFixtureIsRecognisedByItsOwnImporterOnly() throws IOException {
        List<Path> fixtures = Fixtures.all();
        assertTrue(fixtures.size() >= 15, "fixtures found: " + fixtures.size());
        for (Path fixture : fixtures) {
            assertEquals(Set.of(Fixtures.format(fixture)), specific(fixture), fixture.toString());
            assertEquals(Fixtures.format(fixture), detected(fixture), fixture.toString());
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
            assertEquals(Set.of(format), specific(sample.resolve("trace.jsonl")), sample.toString());
            assertEquals(format, detected(sample.resolve("trace.jsonl")), sample.toString());
        }
    }

    @Test
    void everyCheckFixtureIsRecognisedByExactlyOneImporter() throws IOException {
        List<Path> traces;
        try (Stream<Path> walk = Files.walk(CHECKS)) {
            traces = walk.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path trace : traces) {
            assertEquals(1, specific(trace).size(), trace + " recognised by " + recognisers(trace));
        }
    }

    /** The importers that recognise the file, without the generic chat-transcript importer. */
    static Set<String> specific(Path file) throws IOException {
        Set<String> names = recognisers(file);
        names.remove(GENERIC);
        return names;
    }

    private static String detected(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return FormatRegistry.standard().detect(new Head(in.readNBytes(Head.LIMIT))).map(TraceImporter::name)
                    .orElse("");
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
