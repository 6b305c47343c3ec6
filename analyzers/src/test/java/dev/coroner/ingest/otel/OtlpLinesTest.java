package dev.coroner.ingest.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The token reader of file-exporter lines gives exactly what the tree reading gives: on every line of
 * every OTLP file in the repository that it takes, the same spans (records equal, so attribute values
 * of the same JSON node types) and problems in the same order; and it takes every line of the
 * real-producer fixtures that bench/GenerateOtlp.java replicates.
 */
class OtlpLinesTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private static final Path SAMPLES = Path.of("..", "samples");

    /** The fixtures bench/GenerateOtlp.java replicates: the shape of a collector's file exporter. */
    private static final List<String> EXPORTER_SHAPED = List.of("vercel-legacy.jsonl", "genai-attributes.jsonl",
            "openllmetry-conversation.jsonl", "openllmetry-tool-call.jsonl", "openllmetry-two-users.jsonl",
            "langfuse-v5-conversation.jsonl", "langfuse-v5-tool-call.jsonl", "langfuse-v5-two-users.jsonl",
            "mastra-conversation.jsonl", "mastra-tool-call.jsonl", "mastra-two-users.jsonl");

    @Test
    void everyOtlpLineInTheRepositoryDecodesAsItsTreeReads() throws IOException {
        int taken = 0;
        int lines = 0;
        List<String> declined = new ArrayList<>();
        for (Path file : otlpFiles()) {
            long number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                SourceRef at = SourceRef.line(file.toString(), number);
                OtlpLines.Decoded decoded;
                try {
                    decoded = OtlpLines.decode(line, at);
                } catch (IOException e) {
                    decoded = null;
                }
                if (decoded == null) {
                    declined.add(file.getFileName() + ":" + number);
                } else {
                    taken++;
                    assertEquals(described(byTree(line, at)), described(decoded.items()), file + ":" + number);
                }
            }
        }
        // Declined: the OpenInference fixtures (snake_case in places) and log records.
        assertTrue(lines > 25 && taken >= lines * 3 / 4, taken + " of " + lines + " lines taken; declined " + declined);
    }

    @Test
    void everyLineOfTheExporterShapedFixturesIsTaken() throws IOException {
        for (String name : EXPORTER_SHAPED) {
            Path file = RESOURCES.resolve("fixtures").resolve("otel").resolve(name);
            long number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (!line.isBlank()) {
                    assertNotNull(OtlpLines.decode(line, SourceRef.line(name, number)), name + ":" + number);
                }
            }
        }
    }

    @Test
    void typedValuesKeepTheNodeTypesOfTheTree() throws IOException {
        String line = "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":"
                + "{\"stringValue\":\"svc\"}}]},\"scopeSpans\":[{\"scope\":{\"name\":\"s\"},\"spans\":[{\"traceId\":"
                + "\"4BF92F3577B34DA6A3CE929D0E0E4736\",\"spanId\":\"APBnqgupArc=\",\"name\":\"chat\",\"kind\":3,"
                + "\"startTimeUnixNano\":\"17\",\"endTimeUnixNano\":18,\"droppedEventsCount\":1,"
                + "\"status\":{\"code\":\"STATUS_CODE_ERROR\",\"message\":\"boom\"},\"attributes\":["
                + "{\"key\":\"i\",\"value\":{\"intValue\":\"7\"}},{\"key\":\"n\",\"value\":{\"intValue\":7}},"
                + "{\"key\":\"big\",\"value\":{\"intValue\":12345678901234}},{\"key\":\"d\",\"value\":{\"doubleValue\":0.5}},"
                + "{\"key\":\"ds\",\"value\":{\"doubleValue\":\"NaN\"}},{\"key\":\"b\",\"value\":{\"boolValue\":\"true\"}},"
                + "{\"key\":\"bb\",\"value\":{\"boolValue\":false}},{\"key\":\"x\",\"value\":{\"stringValue\":null}},"
                + "{\"key\":\"raw\",\"value\":\"plain\"},{\"key\":\"nul\",\"value\":null},{\"key\":\"none\"},"
                + "{\"key\":\"empty\",\"value\":{}},{\"key\":\"two\",\"value\":{\"intValue\":\"1\",\"stringValue\":\"s\"}},"
                + "{\"key\":\"snake\",\"value\":{\"string_value\":\"v\"}},{\"key\":\"arr\",\"value\":{\"arrayValue\":"
                + "{\"values\":[{\"stringValue\":\"a\"},{\"intValue\":\"1\"}]}}},{\"key\":\"kv\",\"value\":{\"kvlistValue\":"
                + "{\"values\":[{\"key\":\"k\",\"value\":{\"stringValue\":\"v\"}}]}}},{\"key\":\"i\",\"value\":{\"intValue\":\"8\"}}],"
                + "\"events\":[{\"name\":\"exception\",\"timeUnixNano\":\"19\",\"attributes\":[{\"key\":\"exception.message\","
                + "\"value\":{\"stringValue\":\"bad\"}}]}]},{\"traceId\":\"ab\",\"name\":\"no id\"}]}]}],\"other\":{\"a\":[1]}}";
        SourceRef at = SourceRef.line("f", 1);
        OtlpLines.Decoded decoded = OtlpLines.decode(line, at);
        assertNotNull(decoded);
        assertEquals(2, decoded.items().size());
        assertEquals(described(byTree(line, at)), described(decoded.items()));
        OtlpSpan span = (OtlpSpan) decoded.items().get(0);
        assertEquals("LongNode", span.attributes().get("i").getClass().getSimpleName());
        assertEquals("IntNode", span.attributes().get("n").getClass().getSimpleName());
        assertEquals(8, span.attributes().get("i").asInt());
    }

    @Test
    void linesOfAnotherShapeAreLeftToTheTreeReading() throws IOException {
        SourceRef at = SourceRef.line("f", 1);
        for (String line : List.of("[{\"resourceSpans\":[]}]", "{\"resourceSpans\":{}}", "{\"resourceLogs\":[]}",
                "{\"resource_spans\":[]}", "{\"other\":1}", "{\"resourceSpans\":[]} {}",
                "{\"resourceSpans\":[{\"scope_spans\":[]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[],\"resource\":{}}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[],\"scope\":{}}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[1]}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"spanId\":7}]}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"span_id\":\"ab\"}]}]}]}")) {
            assertNull(OtlpLines.decode(line, at), line);
        }
    }

    @Test
    void whatTheParserRejectsIsAnErrorForTheTreeReadingToReport() {
        SourceRef at = SourceRef.line("f", 1);
        String deep = "[".repeat(300) + "]".repeat(300);
        String number = "1".repeat(1001);
        for (String line : List.of("{\"resourceSpans\":[], \"resourceSpans\":[]}", "{\"resourceSpans\":[",
                "{\"resourceSpans\":[],\"x\":" + deep + "}", "{\"resourceSpans\":[],\"x\":" + number + "}")) {
            assertThrows(IOException.class, () -> OtlpLines.decode(line, at), line);
            assertThrows(RecordException.class, () -> JsonRecords.parseLine(line), line);
        }
    }

    /** What the importer makes of a line read as a tree: the records JsonRecords hands it, then OtlpJson.spans. */
    private static List<Object> byTree(String line, SourceRef at) {
        List<Object> out = new ArrayList<>();
        JsonNode root;
        try {
            root = JsonRecords.parseLine(line);
        } catch (RecordException e) {
            throw new AssertionError("the decoder took a line the tree reading rejects: " + e.getMessage());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("resourceSpans")) {
                for (JsonNode element : field.getValue()) {
                    OtlpJson.spans(element, at, (span, problem) -> out.add(span != null ? span : problem));
                }
            }
        }
        return out;
    }

    /** Spans as themselves (records: equal fields), problems as their message, node types spelled out. */
    private static List<Object> described(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof OtlpSpan span) {
                out.add(span);
                out.add(types(span.attributes()) + types(span.resource())
                        + span.events().stream().map(e -> types(e.attributes())).toList());
            } else {
                out.add(((RecordException) item).getMessage());
            }
        }
        return out;
    }

    private static String types(Map<String, JsonNode> values) {
        return new java.util.TreeMap<>(values).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().getNodeType() + ":" + e.getValue().getClass().getSimpleName())
                .toList().toString();
    }

    private static List<Path> otlpFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(RESOURCES, SAMPLES)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".jsonl"))
                        .filter(OtlpLinesTest::mentionsResourceSpans).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 10, files.toString());
        return files;
    }

    private static boolean mentionsResourceSpans(Path file) {
        try {
            return Files.size(file) < (8 << 20) && Files.readString(file, StandardCharsets.UTF_8).contains("resourceSpans");
        } catch (IOException e) {
            return false; // not UTF-8 text: no OTLP/JSON in it
        }
    }
}
