package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record an importer cannot read becomes one "FILE:LINE: expected …, found …" problem and the
 * rest of the input is still read, for every format (JSON Lines and whole documents alike).
 */
class ImportProblemsTest {

    @TempDir
    Path tmp;

    private String line(String fixture, int number) throws IOException {
        return Files.readAllLines(Fixtures.ROOT.resolve(fixture), StandardCharsets.UTF_8).get(number - 1);
    }

    private LoadedTrace load(String name, String content, String from) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
        Optional<TraceImporter> forced = from == null ? Optional.empty() : FormatRegistry.standard().byName(from);
        return new TraceLoader(FormatRegistry.standard(), forced, () -> java.io.InputStream.nullInputStream())
                .load(InputSet.expand(List.of(file.toString()), tmp));
    }

    private static List<String> problems(LoadedTrace trace) {
        return trace.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void otelBadLinesAreProblemsAndTheOtherRequestsAreRead() throws IOException {
        LoadedTrace trace = load("spans.jsonl", line("otel/genai-attributes.jsonl", 1) + "\n{\"resourceSpans\": [\n"
                + "{\"scopeMetrics\": []}\n" + line("otel/genai-attributes.jsonl", 2) + "\n", null);
        assertEquals(List.of("spans.jsonl:2: expected a complete JSON value, found at column 20: Unexpected end-of-input: "
                        + "expected close marker for Array",
                "spans.jsonl:3: expected an OTLP/JSON request (resourceSpans or resourceLogs), found an object without them"),
                problems(trace));
        assertEquals(2, trace.sessions().size());
    }

    @Test
    void openAiAgentsSpanWithoutTraceIdIsAProblem() throws IOException {
        LoadedTrace trace = load("agents.jsonl", "{\"object\":\"trace.span\",\"id\":\"span_1\",\"span_data\":{}}\n"
                + line("openai-agents/no-group-id.jsonl", 1) + "\n[1, 2]\n", null);
        assertEquals(List.of("agents.jsonl:1: expected field \"trace_id\" of span span_1 (a string)",
                "agents.jsonl:3: expected a trace or span object, found a number 1",
                "agents.jsonl:3: expected a trace or span object, found a number 2"), problems(trace));
        assertEquals(1, trace.sessions().size());
    }

    @Test
    void langSmithRunWithoutRunTypeIsAProblem() throws IOException {
        LoadedTrace trace = load("runs.jsonl", "{\"id\":\"r-1\",\"name\":\"x\"}\n"
                + line("langsmith/stock-ok.jsonl", 1) + "\n", "langsmith");
        assertEquals(List.of("runs.jsonl:1: expected field \"run_type\" of run r-1 (a string)"), problems(trace));
        assertEquals(List.of("thread-stock-78"), trace.sessions().stream().map(s -> s.id()).toList());
    }

    @Test
    void langfuseDocumentCutShortKeepsWhatCameBefore() throws IOException {
        String whole = Files.readString(Fixtures.ROOT.resolve("langfuse/api-observations-page.json"));
        String cut = whole.substring(0, whole.indexOf("{\"id\": \"3d4e5f6071829304\""));
        LoadedTrace trace = load("page.json", cut, null);
        assertEquals(1, problems(trace).size(), problems(trace).toString());
        assertEquals("page.json:" + cut.lines().count() + ": expected a complete JSON document, found Unexpected "
                + "end-of-input within/between Array entries (the rest of this input is not read)", problems(trace).get(0));
        assertEquals(3, trace.sessions().get(0).steps().size() - 1, "span, generation, tool call and result");
    }

    @Test
    void phoenixSpanWithoutSpanIdIsAProblem() throws IOException {
        LoadedTrace trace = load("spans.json", "{\"data\": [{\"name\": \"x\", \"span_kind\": \"LLM\", \"context\": {}}]}\n",
                null);
        assertEquals(List.of("spans.json:1: expected a span with context.span_id, found none"), problems(trace));
    }
}
