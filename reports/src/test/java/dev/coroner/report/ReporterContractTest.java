package dev.coroner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.report.json.ContextJson;
import dev.coroner.testing.Golden;
import dev.coroner.testing.Traces;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden contract for every reporter (STYLE rule 9): each case of {@link ContractCases} in each
 * format matches its expected file in {@code src/test/resources/contract/} byte for byte, renders
 * the same bytes twice, and never lets a raw control or bidi character of the hostile case
 * through. Format-specific checks (schemas, parsing back, a browser) live beside each reporter.
 * Set -Dcoroner.regenerate=true to rewrite the expected files on purpose, then review the diff.
 */
class ReporterContractTest {

    static final Path EXPECTED = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/contract");

    static Stream<Arguments> everyFormatAndCase() {
        List<Arguments> out = new ArrayList<>();
        for (Reporter reporter : Reporters.all()) {
            for (String name : ContractCases.all().keySet()) {
                out.add(Arguments.of(reporter.format(), name));
            }
        }
        return out.stream();
    }

    static Stream<String> formats() {
        return Reporters.all().stream().map(Reporter::format);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormatAndCase")
    void matchesExpectedFile(String format, String name) throws IOException {
        String actual = ContractCases.render(format, ContractCases.all().get(name));
        Path expected = EXPECTED.resolve(name + "." + Reporters.byFormat(format).orElseThrow().extension());
        dev.coroner.testing.Golden.compare(expected, actual);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormatAndCase")
    void sameBytesEveryTimeEndingInOneNewline(String format, String name) {
        AnalysisResult result = ContractCases.all().get(name);
        String first = ContractCases.render(format, result);
        assertEquals(first, ContractCases.render(format, result));
        assertTrue(first.endsWith("\n") && !first.endsWith("\n\n") && !first.endsWith("\r\n\r\n"),
                format + " " + name + " ends with exactly one line end");
    }

    static Stream<String> cases() {
        return ContractCases.all().keySet().stream();
    }

    /** {@code coroner timeline --format json} is held to the same contract as the reports. */
    @ParameterizedTest
    @MethodSource("cases")
    void timelineJsonMatchesExpectedFileAndRendersTheSameBytesTwice(String name) throws IOException {
        String actual = ContractCases.renderTimeline(ContractCases.all().get(name));
        dev.coroner.testing.Golden.compare(EXPECTED.resolve(name + ".timeline.json"), actual);
        assertEquals(actual, ContractCases.renderTimeline(ContractCases.all().get(name)));
        assertTrue(actual.endsWith("}\n") && !actual.endsWith("\n\n"), name + " ends with exactly one line end");
    }

    @Test
    void hostileContentLeavesNoRawCharacterInTheTimelineJson() {
        assertClean("timeline json", ContractCases.renderTimeline(ContractCases.hostile()));
    }

    /**
     * {@code coroner context --format json} on a trace written to break it: the golden holds the
     * bytes, and no raw control, bidi or lone surrogate of the content gets through.
     */
    @Test
    void hostileContentLeavesNoRawCharacterInTheContextJson(@TempDir Path dir)
            throws IOException {
        String hostile = "</script>\\u001b[2J\\u001b]0;owned\\u0007 \\u202eevil\\u202c \\u0000\\u000b\\ufffe"
                + " =HYPERLINK(\\\"http://evil.example\\\") lone \\ud800 surrogate";
        Path trace = dir.resolve("hostile.jsonl");
        Files.writeString(trace, String.join("\n",
                "{\"coroner\": 1, \"type\": \"session\", \"session\": \"s<b>\\u202e1\", \"principal\": \"p\"}",
                "{\"type\": \"message\", \"session\": \"s<b>\\u202e1\", \"role\": \"user\", \"content\": \"" + hostile + "\"}",
                "{\"type\": \"model_call\", \"session\": \"s<b>\\u202e1\", \"model\": \"m\\u001b\", \"agent\": \"a\\u202e\","
                        + " \"input\": [{\"role\": \"user\", \"content\": \"" + hostile + "\"}],"
                        + " \"output\": {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c\\u0007\","
                        + " \"name\": \"t\\u202e\", \"arguments\": {\"q\": \"" + hostile + "\"}}]}}") + "\n");
        LoadedTrace loaded = Traces.load(trace);
        Session session = loaded.sessions().get(0);
        ModelCall call = (ModelCall) session.steps().stream()
                .filter(st -> st instanceof ModelCall).findFirst().orElseThrow();
        AnalysisResult findings = ContractCases.hostile();
        StringWriter out = new StringWriter();
        ContextJson.write(session, call, UnaryOperator.identity(),
                Map.of(0, findings.findings(), call.index(), findings.findings()), out);
        Golden.compare(EXPECTED.resolve("hostile.context.json"), out.toString());
        assertClean("context json", out.toString());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void hostileContentLeavesNoRawControlOrBidiCharacter(String format) {
        assertClean(format, ContractCases.render(format, ContractCases.hostile()));
    }

    private static void assertClean(String format, String out) {
        for (char c : new char[] {'\u001b', '\u0007', '\u0000', '\u000b', '\u202e', '\u202c', '\ufffe'}) {
            assertEquals(-1, out.indexOf(c), format + " lets U+" + String.format("%04X", (int) c) + " through");
        }
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            assertFalse(Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < out.length()
                    && Character.isLowSurrogate(out.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(out.charAt(i - 1))), format + " lets a lone surrogate through at " + i);
        }
    }
}
