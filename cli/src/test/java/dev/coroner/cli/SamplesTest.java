package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coroner.report.Reporter;
import dev.coroner.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end over the bundled incidents: each sample's report in every format matches the expected
 * file beside it byte for byte, and each sample tells its story (verdicts, exit code). Set
 * -Dcoroner.regenerate=true (or CORONER_REGENERATE=1) to rewrite the expected files on purpose.
 */
class SamplesTest {

    static final Path SAMPLES = Cli.ROOT.resolve("samples");

    /** The story of each sample: session id to verdict, and the exit code with default flags. */
    static final Map<String, Story> STORIES = Map.ofEntries(
            Map.entry("poisoning-order-not-found", new Story(4, Map.of("conv_7Hq2xKp", "state-failure"),
                    "context.error-carried-forward")),
            Map.entry("amnesia-dropped-tier", new Story(4, Map.of("thread-5b1e9c", "state-failure"), "state.field-dropped")),
            Map.entry("bleed-shared-memory", new Story(4, Map.of("sess-a81f", "clean", "sess-b22c", "state-failure"),
                    "bleed.foreign-identifier")),
            Map.entry("clean-refund", new Story(0, Map.of("conv_Zr81mQw", "clean"), null)),
            Map.entry("injection-web-page", new Story(4, Map.of("shop-assist-91c2", "state-failure"),
                    "context.injected-instruction")),
            Map.entry("model-suspect-invoice-total", new Story(0, Map.of("run-2026-11-22-0193", "model-suspect"), null)),
            Map.entry("inconclusive-no-inputs", new Story(0, Map.of("trip-planner-4c0d", "inconclusive"), null)),
            Map.entry("handoff-dropped-refund-limit", new Story(4, Map.of("conv_Kp40tRe", "state-failure"),
                    "handoff.context-dropped")),
            Map.entry("tool-output-into-state", new Story(4, Map.of("run-ship-2026-11-25-0417", "state-failure"),
                    "boundary.unvalidated-tool-output")),
            Map.entry("retrieval-another-users-memory", new Story(4, Map.of("chat-4f81c2", "clean", "chat-9d03e7",
                    "state-failure"), "retrieval.foreign-session")),
            Map.entry("agents-refund-timeout", new Story(4, Map.of("thread-9c2e71", "state-failure"),
                    "context.error-carried-forward")),
            Map.entry("langsmith-stock-outage", new Story(4, Map.of("thread-stock-77", "state-failure"),
                    "context.error-carried-forward")),
            Map.entry("langfuse-v5-tool-error-carried-forward", new Story(4, Map.of("lf-inc-7731", "state-failure"),
                    "context.failure-taken-as-fact")),
            Map.entry("otel-weather-no-session", new Story(0, Map.of("0231aa08ffbd8e4192de1cde04046cd2", "clean",
                    "429ff594945d738c45960326fbd11c54", "clean"), null)),
            Map.entry("amnesia-renamed-constraint", new Story(4, Map.of("booking-lisbon-31", "state-failure"),
                    "state.field-dropped")),
            Map.entry("redis-shared-history", new Story(4, Map.of("support-chat:store-0042", "state-failure",
                    "support-chat:store-0107", "clean"), "bleed.shared-thread")),
            Map.entry("redis-renamed-field", new Story(4, Map.of("sess-4411", "state-failure", "sess-5520", "clean",
                    "sess-6630", "clean"), "state.field-dropped")),
            Map.entry("redis-langgraph-checkpoints", new Story(0, Map.of("thread-kettle-7", "clean"), null)),
            Map.entry("ag2-revenue-from-a-failed-script", new Story(4, Map.of("ag2-q3-emea-revenue", "state-failure"),
                    "context.failure-taken-as-fact")),
            Map.entry("autogen-swarm-refund-over-limit", new Story(4, Map.of("trace.jsonl", "state-failure"),
                    "handoff.context-dropped")),
            Map.entry("hostile-content", new Story(4, Map.of("conv-\"hostile\"|<b>1</b>", "state-failure", "conv-b",
                    "state-failure"), "context.error-carried-forward", "bleed.foreign-identifier")));

    /** Options a sample needs besides its input: a team's own Redis key layout is named, never guessed. */
    static final Map<String, List<String>> OPTIONS = Map.of(
            "redis-renamed-field", List.of("--redis-key", "agent:state:{session}:{step}"));

    /** The exit code, the verdict of each session, and the root-cause check of each state failure in session order. */
    record Story(int exit, Map<String, String> verdicts, String rootCauseCheck, String... moreRootCauses) {
        List<String> rootCauses() {
            List<String> all = new ArrayList<>();
            if (rootCauseCheck != null) {
                all.add(rootCauseCheck);
            }
            all.addAll(List.of(moreRootCauses));
            return all;
        }
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            // samples/generators holds the scripts that produced the importer fixtures, not an incident.
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("generators")).sorted().toList().stream();
        }
    }

    @Test
    void everySampleHasAStoryAReadmeAndATrace() throws IOException {
        List<String> names = samples().toList();
        assertEquals(new java.util.TreeSet<>(STORIES.keySet()), new java.util.TreeSet<>(names));
        for (String name : names) {
            assertTrue(Files.isRegularFile(SAMPLES.resolve(name).resolve("README.md")), name + "/README.md");
            assertTrue(Files.isRegularFile(SAMPLES.resolve(name).resolve("trace.jsonl"))
                    || Files.isRegularFile(SAMPLES.resolve(name).resolve("checkpoints.sqlite"))
                    || Files.isRegularFile(SAMPLES.resolve(name).resolve("dump.rdb")),
                    name + "/trace.jsonl, checkpoints.sqlite or dump.rdb");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void textReportMatchesExpected(String name) throws IOException {
        Cli.Run run = examine(name, "text");
        assertEquals(STORIES.get(name).exit(), run.exit(), run.err());
        assertEquals("", run.err());
        compare(SAMPLES.resolve(name).resolve("expected.txt"), run.out());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void jsonReportMatchesExpectedAndTellsTheStory(String name) throws IOException {
        Cli.Run run = examine(name, "json");
        assertEquals(STORIES.get(name).exit(), run.exit(), run.err());
        compare(SAMPLES.resolve(name).resolve("expected.json"), run.out());

        JsonNode report = new ObjectMapper().readTree(run.out());
        Map<String, String> verdicts = new TreeMap<>();
        for (JsonNode session : report.get("sessions")) {
            verdicts.put(session.get("id").asText(), session.at("/verdict/kind").asText());
        }
        Story story = STORIES.get(name);
        assertEquals(new TreeMap<>(story.verdicts()), verdicts);
        List<String> roots = new ArrayList<>();
        for (JsonNode session : report.get("sessions")) {
            JsonNode root = session.at("/verdict/root_cause");
            if (!root.isNull() && !root.isMissingNode()) {
                roots.add(root.get("check").asText());
            }
        }
        assertEquals(story.rootCauses(), roots);
    }

    /** Every other report format of every sample, against its expected file (STYLE rule 9 on real runs). */
    static Stream<Arguments> samplesAndOtherFormats() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String name : samples().toList()) {
            for (Reporter reporter : Reporters.all()) {
                if (!reporter.format().equals("text") && !reporter.format().equals("json")) {
                    out.add(Arguments.of(name, reporter.format()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndOtherFormats")
    void everyFormatMatchesExpected(String name, String format) throws IOException {
        Cli.Run run = examine(name, format);
        assertEquals(STORIES.get(name).exit(), run.exit(), run.err());
        compare(SAMPLES.resolve(name).resolve("expected." + Reporters.byFormat(format).orElseThrow().extension()),
                run.out());
    }

    @Test
    void allSamplesTogetherGiveTheSameVerdictsAsEachAlone() throws IOException {
        List<String> args = new ArrayList<>(List.of("examine", "--format", "json", "samples"));
        OPTIONS.values().forEach(args::addAll);
        Cli.Run run = new Cli().run(args.toArray(String[]::new));
        assertEquals(4, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        Map<String, String> expected = new TreeMap<>();
        STORIES.values().forEach(s -> expected.putAll(s.verdicts()));
        Map<String, String> actual = new TreeMap<>();
        report.get("sessions").forEach(s -> actual.put(s.get("id").asText(), s.at("/verdict/kind").asText()));
        assertEquals(expected, actual);
    }

    private static Cli.Run examine(String name, String format) {
        List<String> args = new ArrayList<>(List.of("examine", "--format", format, "samples/" + name));
        args.addAll(OPTIONS.getOrDefault(name, List.of()));
        return new Cli().run(args.toArray(String[]::new));
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        dev.coroner.testing.Golden.compare(expectedFile, actual);
    }
}
