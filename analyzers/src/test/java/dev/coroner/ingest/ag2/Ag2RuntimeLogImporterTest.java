package dev.coroner.ingest.ag2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the AG2 runtime-log importers make of the SQLite logger's tables and the file logger's lines. */
class Ag2RuntimeLogImporterTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    private static final Path ERROR_DB = FIXTURES.resolve("ag2-runtime-log/fare-error-restated.db");
    private static final Path WEATHER = FIXTURES.resolve("ag2-runtime-log-jsonl/weather-run.jsonl");

    @TempDir
    Path tmp;

    private static List<String> kinds(Session session) {
        return session.steps().stream().map(Step::kind).toList();
    }

    @Test
    void completionsAreModelCallsWithTheRecordedRequestAndPairedToolResults() {
        LoadedTrace trace = Traces.load(ERROR_DB);
        assertEquals(List.of(), trace.problems());
        assertEquals("ag2-runtime-log", trace.inputs().get(0).format());
        Session session = trace.sessions().get(0);
        assertEquals("3c9f2e71-0b4a-4d8e-a6f5-91d27c3e8b40", session.id());
        assertEquals(List.of("message", "model_call", "step", "tool_call", "tool_result", "step", "model_call", "step",
                "step"), kinds(session));
        ModelCall first = (ModelCall) session.step(1);
        assertEquals("assistant", first.agent());
        assertEquals("gpt-4o-2024-08-06", first.model());
        assertTrue(first.inputRecorded());
        assertFalse(first.attributes().containsKey("context"), "the request is the input, not a reconstruction");
        assertEquals(List.of("system", "user"), first.context().stream().map(id -> session.message(id).role()).toList());
        assertEquals("search_fares", session.message(first.output().getAsInt()).toolCalls().get(0).name());
        ToolCall call = (ToolCall) session.step(3);
        ToolResult result = (ToolResult) session.step(4);
        assertEquals(List.of("user_proxy", "call_f1", "search_fares"), List.of(call.agent(), call.callId(), call.tool()));
        assertEquals("call_f1", result.callId());
        assertTrue(session.message(result.message()).text().startsWith("Error: FareServiceError"));
        ModelCall second = (ModelCall) session.step(6);
        assertTrue(second.context().contains(result.message()), "the logged return is the tool message of the request");
        assertEquals(0.00128, second.attributes().get("ag2.cost").asDouble(), 1e-9);
        assertEquals(268, second.attributes().get("response.usage").path("prompt_tokens").asInt());
        MessageStep task = (MessageStep) session.step(0);
        assertEquals("user_proxy", task.agent());
        assertEquals("assistant", task.attributes().get("ag2.receiver").asText());
    }

    @Test
    void readingTheDatabaseLeavesItsBytesAndTimeUntouched() throws IOException {
        Path copy = Files.copy(ERROR_DB, tmp.resolve("logs.db"));
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(copy, time);
        byte[] before = Files.readAllBytes(copy);
        LoadedTrace trace = Traces.load(copy);
        assertEquals(1, trace.sessions().size());
        assertArrayEquals(before, Files.readAllBytes(copy));
        assertEquals(time, Files.getLastModifiedTime(copy));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("logs.db"), files.map(p -> p.getFileName().toString()).toList(), "no side files");
        }
    }

    @Test
    void aTruncatedDatabaseIsOneLineNamingTheFile() throws IOException {
        byte[] bytes = Files.readAllBytes(ERROR_DB);
        Path cut = Files.write(tmp.resolve("cut.db"), Arrays.copyOf(bytes, 12_000));
        LoadedTrace trace = Traces.load(cut);
        assertEquals(1, trace.problems().size());
        ImportProblem problem = trace.problems().get(0);
        assertTrue(problem.wholeInput());
        assertTrue(problem.toString().startsWith(cut.getFileName() + ": cannot read: not a readable AG2 runtime-logging"
                + " database ("), problem.toString());
        assertFalse(problem.toString().contains("\n"));
    }

    @Test
    void fileLoggerLinesAreMappedLikeTheRowsAndFunctionUsePairsByArguments() {
        LoadedTrace trace = Traces.load(WEATHER);
        assertEquals(List.of(), trace.problems());
        Session session = trace.sessions().get(0);
        assertEquals("d41f7b2c-9e3a-4c8d-b5f0-2a6e1c9d7b53", session.id());
        assertEquals(List.of("message", "model_call", "tool_call", "tool_result", "model_call"), kinds(session));
        ToolCall call = (ToolCall) session.step(2);
        assertEquals(List.of("call_w1", "get_weather"), List.of(call.callId(), call.tool()), "name from the model's call");
        ModelCall answer = (ModelCall) session.step(4);
        assertEquals(4, answer.context().size());
        assertEquals("It is 14 °C with light rain in Oslo right now. TERMINATE",
                session.message(answer.output().getAsInt()).text());
    }

    @Test
    void aLineThatIsNotJsonIsOneProblemAndTheRestIsRead() throws IOException {
        List<String> lines = Files.readAllLines(WEATHER);
        Path file = Files.write(tmp.resolve("runtime.jsonl"), List.of(lines.get(0), lines.get(5), "[file_logger] Failed"
                + " to log chat completion: boom", lines.get(6)));
        LoadedTrace trace = Traces.load(file);
        List<String> problems = trace.problems().stream().map(ImportProblem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("runtime.jsonl:3: expected a complete JSON value, found at column 2:"
                + " Unrecognized token 'file_logger'"), problems.get(0));
        assertEquals(List.of("message", "model_call"), kinds(trace.sessions().get(0)));
    }

    @Test
    void anErrorLoggedInPlaceOfTheResponseIsAFailedCallAndAMessageBetweenModelAgentsAHandoff() throws IOException {
        String request = "\"request\": {\"messages\": [{\"content\": \"Plan the trip to Oslo.\", \"role\": \"user\","
                + " \"name\": \"planner\"}], \"model\": \"gpt-4o\"}";
        Path file = Traces.write(tmp, "two.jsonl",
                "Started new session with Session ID: s-1",
                "{\"invocation_id\": \"i-1\", " + request + ", \"response\": \"id='c1' choices=[Choice(finish_reason="
                        + "'stop', index=0, logprobs=None, message=ChatCompletionMessage(content='Book the 09:10 train.',"
                        + " role='assistant', tool_calls=None))] model='gpt-4o'\", \"is_cached\": 0, \"cost\": 0.0,"
                        + " \"start_time\": \"2025-06-01 10:00:00.000001\", \"end_time\": \"2025-06-01 10:00:01.000000\","
                        + " \"thread_id\": 1, \"source_name\": \"planner\"}",
                "{\"source_id\": 2, \"source_name\": \"booker\", \"event_name\": \"received_message\", \"agent_module\":"
                        + " \"autogen.agentchat.assistant_agent\", \"agent_class\": \"AssistantAgent\", \"json_state\":"
                        + " \"{\\\"message\\\": \\\"Book the 09:10 train.\\\", \\\"sender\\\": \\\"planner\\\","
                        + " \\\"valid\\\": true}\", \"timestamp\": \"2025-06-01 10:00:01.100000\", \"thread_id\": 1}",
                "{\"invocation_id\": \"i-2\", " + request.replace("planner\"}]", "planner\"}, {\"content\": \"Book the"
                        + " 09:10 train.\", \"role\": \"user\", \"name\": \"planner\"}]") + ", \"response\":"
                        + " \"error_code:None, config 0 failed\", \"is_cached\": 0, \"cost\": 0, \"start_time\":"
                        + " \"2025-06-01 10:00:02.000000\", \"end_time\": \"2025-06-01 10:00:03.000000\", \"thread_id\": 1,"
                        + " \"source_name\": \"booker\"}");
        LoadedTrace trace = Traces.load(file);
        assertEquals(List.of(), trace.problems());
        Session session = trace.sessions().get(0);
        assertEquals(List.of("model_call", "handoff", "model_call"), kinds(session));
        Handoff handoff = (Handoff) session.step(1);
        assertEquals(List.of("planner", "booker"), List.of(handoff.from(), handoff.to()));
        ModelCall failed = (ModelCall) session.step(2);
        assertEquals("error_code:None, config 0 failed", failed.error());
        assertTrue(failed.output().isEmpty());
        assertTrue(failed.context().containsAll(handoff.messages()), "what was handed over is in the receiver's input");
    }
}
