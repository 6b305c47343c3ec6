package dev.coroner.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.TraceJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every coroner JSONL file (a .jsonl file that no other format claims) of the test resources and of
 * {@code samples/} validates line by line against {@code docs/formats/coroner-jsonl-v1.schema.json},
 * except the deliberately malformed
 * ones kept under a folder named {@code malformed/}.
 */
class JsonlSchemaTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path SCHEMA = MODULE.resolve("../docs/formats/coroner-jsonl-v1.schema.json").normalize();
    private static final Path RESOURCES = MODULE.resolve("src/test/resources");
    private static final Path SAMPLES = MODULE.resolve("../samples").normalize();
    private static final String MALFORMED = "malformed";

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = TraceJson.mapper().readTree(SCHEMA.toFile());
        assertEquals(Optional.of(SpecificationVersion.DRAFT_2020_12), SpecificationVersion.fromSchemaNode(node));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    static List<Path> traceFiles() throws IOException {
        List<Path> out = new ArrayList<>(jsonlUnder(RESOURCES));
        if (Files.isDirectory(SAMPLES)) {
            out.addAll(jsonlUnder(SAMPLES));
        }
        return out;
    }

    private static List<Path> jsonlUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // node_modules of a fixture generator (installed with npm ci, never committed) holds
            // packages' own data files, not traces.
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().replace('\\', '/').contains("node_modules/"))
                    .filter(JsonlSchemaTest::isJsonl)
                    .filter(JsonlSchemaTest::isCoronerJsonl)
                    .filter(p -> !underMalformed(root.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isJsonl(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /** Other formats keep traces in .jsonl files too (OTLP lines, Agents SDK spans, LangSmith runs). */
    private static boolean isCoronerJsonl(Path file) {
        if (file.getFileName().toString().endsWith(".gz")) {
            return true;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(dev.coroner.ingest.Head.LIMIT);
            return new CoronerJsonlImporter().recognises(new dev.coroner.ingest.Head(head))
                    || !dev.coroner.ingest.FormatRegistry.standard().detect(new dev.coroner.ingest.Head(head)).isPresent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean underMalformed(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals(MALFORMED)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** Problems of one file, as "line: where: message"; empty when every line is a valid event. */
    private static List<String> violations(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = lines(file);
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            JsonNode event;
            try {
                event = TraceJson.mapper().readTree(line);
            } catch (IOException e) {
                out.add(number + ": not JSON");
                continue;
            }
            if (first && !(event.isObject() && event.path("coroner").isInt() && event.get("coroner").asInt() == 1)) {
                out.add(number + ": first event must carry \"coroner\": 1");
            }
            first = false;
            for (Error error : schema.validate(event)) {
                out.add(number + ": " + error.getInstanceLocation() + ": " + error.getMessage());
            }
        }
        return out;
    }

    private static List<String> violations(String event) throws IOException {
        List<String> out = new ArrayList<>();
        for (Error error : schema.validate(TraceJson.mapper().readTree(event))) {
            out.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traceFiles")
    void everyTraceFileValidatesLineByLine(Path file) throws IOException {
        assertEquals(List.of(), violations(file), MODULE.relativize(file).toString());
    }

    @Test
    void theFilesAreFoundAndTheMalformedOnesLeftOut() throws IOException {
        List<Path> files = traceFiles();
        assertTrue(files.size() >= 20, "found only " + files.size() + " .jsonl files under " + RESOURCES);
        assertTrue(files.stream().anyMatch(p -> p.endsWith("ingest/docs-example.jsonl")));
        assertTrue(files.stream().noneMatch(p -> underMalformed(RESOURCES.relativize(p))));
    }

    @Test
    void everyMalformedFileReallyBreaksTheFormat() throws IOException {
        List<Path> malformed;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            malformed = walk.filter(Files::isRegularFile).filter(JsonlSchemaTest::isJsonl)
                    .filter(p -> underMalformed(RESOURCES.relativize(p))).toList();
        }
        assertFalse(malformed.isEmpty());
        for (Path file : malformed) {
            assertFalse(violations(file).isEmpty(), file + " is under malformed/ but valid");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"state\",\"session\":\"s\",\"namespace\":\"orders\"}",
        "{\"type\":\"state\",\"session\":\"s\",\"state\":[1]}",
        "{\"type\":\"state\",\"session\":\"s\",\"state\":{},\"mode\":\"merge\"}",
        "{\"coroner\":2,\"type\":\"session\",\"session\":\"s\"}",
        "{\"type\":\"foo\",\"session\":\"s\"}",
        "{\"session\":\"s\",\"role\":\"user\"}",
        "{\"type\":\"message\",\"role\":\"user\"}",
        "{\"type\":\"message\",\"session\":\"\",\"role\":\"user\"}",
        "{\"type\":\"message\",\"session\":\"s\",\"role\":\"robot\"}",
        "{\"type\":\"message\",\"session\":\"s\",\"role\":\"user\",\"content\":5}",
        "{\"type\":\"model_call\",\"session\":\"s\",\"input\":[{\"content\":\"no role\"}]}",
        "{\"type\":\"model_call\",\"session\":\"s\",\"model\":5}",
        "{\"type\":\"tool_call\",\"session\":\"s\",\"call_id\":\"c1\"}",
        "{\"type\":\"tool_result\",\"session\":\"s\",\"call_id\":\"c1\"}",
        "{\"type\":\"tool_result\",\"session\":\"s\",\"content\":\"x\",\"is_error\":\"yes\"}",
        "{\"type\":\"retrieval\",\"session\":\"s\",\"query\":\"q\"}",
        "{\"type\":\"retrieval\",\"session\":\"s\",\"documents\":[{\"id\":\"d\"}]}",
        "{\"type\":\"handoff\",\"session\":\"s\",\"from\":\"a\"}",
        "{\"type\":\"step\",\"session\":\"s\",\"kind\":\"node\"}",
        "{\"type\":\"session\",\"session\":\"s\",\"outcome\":\"done\"}"})
    void invalidEventsFailTheSchemaAndTheImporterAlike(String event) throws IOException {
        assertFalse(violations(event).isEmpty(), "schema accepted " + event);

        Path file = Traces.write(dir, "t.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"s\"}", event);
        LoadedTrace trace = Traces.load(file);
        assertEquals(1, trace.problems().size(), "importer accepted " + event);
        assertEquals("t.jsonl:2", trace.problems().get(0).at().fileAndLine());
    }

    @Test
    void unknownFieldsAndAMinimalEventAreValid() throws IOException {
        assertEquals(List.of(), violations("{\"type\":\"session\",\"session\":\"s\"}"));
        assertEquals(List.of(), violations("{\"coroner\":1,\"type\":\"state\",\"session\":\"s\",\"state\":{},"
                + "\"trace_span\":\"a91c04\",\"attributes\":{\"k\":[1]}}"));
    }
}
