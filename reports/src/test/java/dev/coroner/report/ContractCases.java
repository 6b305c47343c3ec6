package dev.coroner.report;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Fingerprint;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The analysis results every reporter is held to (STYLE rule 9), built by hand so that they do
 * not move when checks change: {@code empty}, {@code single}, {@code many}, {@code suppressed},
 * {@code import-problems} and {@code hostile}. Each case says what it shows.
 */
public final class ContractCases {

    /** A fixed version, so the expected files do not change with every release. */
    static final String VERSION = "0.1.0-test";

    /** A fixed set of checks, one per stage that has findings below. */
    static final List<CheckInfo> CHECKS = List.of(
            check("context.error-carried-forward", "A tool error is carried forward and restated as fact", Severity.HIGH),
            check("retrieval.empty-then-confident", "Nothing was retrieved and the run answered anyway", Severity.MEDIUM),
            check("state.field-dropped", "A state field disappears between two snapshots without a delete", Severity.HIGH),
            check("bleed.foreign-identifier", "One user's identifier appears in another user's session", Severity.CRITICAL),
            check("evidence.model-input-missing", "Model calls without recorded input", Severity.MEDIUM));

    private ContractCases() {
    }

    /** Every case by name, in a fixed order. */
    public static Map<String, AnalysisResult> all() {
        Map<String, AnalysisResult> cases = new TreeMap<>();
        cases.put("empty", empty());
        cases.put("single", single());
        cases.put("many", many());
        cases.put("suppressed", suppressed());
        cases.put("import-problems", importProblems());
        cases.put("hostile", hostile());
        return cases;
    }

    /** No input at all (an empty directory): every section says there is nothing. */
    static AnalysisResult empty() {
        return new AnalysisResult(VERSION, List.of(), List.of(), List.of(), List.of(), List.of(), CHECKS);
    }

    /** One input, one session, one finding: a tool error restated by the model (context poisoning). */
    static AnalysisResult single() {
        String file = "traces/order.jsonl";
        Finding carried = new Finding("context.error-carried-forward", Severity.HIGH, "conv-1", 3,
                new SourceRef(file, 6, "event tool-1-result"),
                "Error from lookup_order (step 3) stayed in the context of 2 later model calls and was restated at step 6"
                        + " (model_call)",
                List.of(new Evidence("error entered at step 3", "Error 404: order ORD-20931 not found in region us-east",
                                new SourceRef(file, 6, "event tool-1-result")),
                        new Evidence("restated at step 6", "As the order was not found in region us-east, I'm unable to"
                                + " issue a refund.", new SourceRef(file, 9, "event llm-3"))),
                fingerprint("context.error-carried-forward", "conv-1", "lookup_order"));
        SessionResult session = new SessionResult("conv-1", "customer-4417", Outcome.FAILURE,
                "refund refused for an existing order", 7, 3, new SourceRef(file, 1, ""),
                stateFailure(carried, "Error from lookup_order (step 3) stayed in the context",
                        link(6, "restated at step 6 (model_call); the run failed: refund refused for an existing order",
                                file, 9)), List.of(
                step(0, "message", "", "user message", file, 2, null, false, null),
                step(1, "model_call", "support", "gpt-4o", file, 3, ctx(2, 310), false, null),
                step(2, "tool_call", "support", "lookup_order", file, 4, null, false, null),
                step(3, "tool_result", "support", "lookup_order result", file, 6, null, true, null),
                step(4, "model_call", "support", "gpt-4o", file, 7, ctx(4, 452), false, null),
                step(5, "message", "", "user message", file, 8, null, false, null),
                step(6, "model_call", "support", "gpt-4o", file, 9, ctx(6, 690), false, null)));
        return new AnalysisResult(VERSION, List.of(input(file, 6796)), List.of(), List.of(), List.of(session),
                List.of(carried), CHECKS);
    }

    /**
     * Two inputs (one outside the base directory, so shown absolute), five sessions with every
     * verdict kind, findings of four stages and all five severities, a root cause followed by a
     * second state finding, a session-level finding, state diffs and context sizes.
     */
    static AnalysisResult many() {
        String a = "incidents/a.jsonl";
        String b = "/var/dumps/b.jsonl";
        Finding dropped = new Finding("state.field-dropped", Severity.HIGH, "s-amnesia", 4, new SourceRef(a, 12, ""),
                "State field \"customer.tier\" present at step 1 is missing at step 4 with no delete recorded",
                List.of(new Evidence("\"customer.tier\" at step 1", "\"gold\"", new SourceRef(a, 9, "")),
                        new Evidence("\"customer\" at step 4 has only", "id", new SourceRef(a, 12, ""))),
                fingerprint("state.field-dropped", "s-amnesia", "customer.tier"));
        Finding empty = new Finding("retrieval.empty-then-confident", Severity.LOW, "s-amnesia", 2,
                new SourceRef(a, 10, "span 9f2c"), "The memory lookup at step 2 returned nothing and the run went on",
                List.of(new Evidence("query", "customer preferences", new SourceRef(a, 10, "span 9f2c"))),
                fingerprint("retrieval.empty-then-confident", "s-amnesia", "memory"));
        Finding bleed = new Finding("bleed.foreign-identifier", Severity.CRITICAL, "s-bleed", 1,
                new SourceRef(b, 3, "event b-mem"), "The account / order id ACCT-100233 of principal acme "
                + "(session s-clean) appears in this session of principal globex at step 1 (retrieval)",
                List.of(new Evidence("typed by acme's user in session s-clean step 0", "Close account ACCT-100233 please",
                                new SourceRef(a, 2, "")),
                        new Evidence("appears in session s-bleed step 1", "ACCT-100233 closure pending",
                                new SourceRef(b, 3, "event b-mem"))),
                fingerprint("bleed.foreign-identifier", "s-bleed", "ACCT-100233"));
        Finding gap = new Finding("evidence.model-input-missing", Severity.MEDIUM, "s-gap", -1, new SourceRef(b, 6, ""),
                "2 of 2 model calls have no recorded input", List.of(), fingerprint("evidence.model-input-missing",
                "s-gap", "inputs"));
        Finding info = new Finding("evidence.model-input-missing", Severity.INFO, "s-gap", 1, new SourceRef(b, 7, ""),
                "The model call at step 1 recorded its output only", List.of(new Evidence("output", "Booked.",
                new SourceRef(b, 7, ""))), fingerprint("evidence.model-input-missing", "s-gap", "step 1"));
        List<Finding> findings = new ArrayList<>(List.of(dropped, empty, bleed, gap, info));
        findings.sort(Finding.ORDER);
        TimelineStep.StateDiff firstDiff = new TimelineStep.StateDiff("cart", -1, List.of(
                new TimelineStep.StateChange("customer", TimelineStep.Change.ADDED, "", "{\"id\":\"C-77\",\"tier\":\"gold\"}"),
                new TimelineStep.StateChange("items", TimelineStep.Change.ADDED, "", "[\"sku-1\"]")), 0);
        TimelineStep.StateDiff secondDiff = new TimelineStep.StateDiff("cart", 1, List.of(
                new TimelineStep.StateChange("customer.tier", TimelineStep.Change.DROPPED, "\"gold\"", ""),
                new TimelineStep.StateChange("items", TimelineStep.Change.CHANGED, "[\"sku-1\"]", "[\"sku-1\",\"sku-2\"]"),
                new TimelineStep.StateChange("note", TimelineStep.Change.DELETED, "\"call back\"", "")), 3);
        List<SessionResult> sessions = List.of(
                new SessionResult("s-amnesia", "initech", Outcome.FAILURE, "discount not applied", 5, 1,
                        new SourceRef(a, 8, ""), stateFailure(empty, empty.message() + "; 1 more state finding follows",
                                link(4, "state.field-dropped: " + dropped.message(), a, 12)),
                        List.of(
                        step(0, "message", "", "user message", a, 8, null, false, null),
                        step(1, "state", "cart", "cart (version 2)", a, 9, null, false, firstDiff),
                        step(2, "retrieval", "cart", "memory: 0 documents", a, 10, null, false, null),
                        step(3, "model_call", "cart", "m-large", a, 11, ctx(3, 1200), false, null),
                        step(4, "state", "cart", "cart (version 2)", a, 12, null, false, secondDiff))),
                new SessionResult("s-bleed", "globex", Outcome.UNKNOWN, "", 2, 0, new SourceRef(b, 1, ""),
                        stateFailure(bleed, bleed.message()), List.of(
                        step(0, "message", "", "user message", b, 2, null, false, null),
                        step(1, "retrieval", "", "memory: 1 document", b, 3, null, false, null))),
                new SessionResult("s-clean", "acme", Outcome.SUCCESS, "", 2, 1, new SourceRef(a, 1, ""),
                        new Verdict(Verdict.Kind.CLEAN, "no findings and no recorded failure", Optional.empty()), List.of(
                        step(0, "message", "", "user message", a, 2, null, false, null),
                        step(1, "model_call", "", "m-small", a, 3, ctx(1, 33), false, null))),
                new SessionResult("s-gap", "", Outcome.FAILURE, "timeout", 2, 2, new SourceRef(b, 5, ""),
                        new Verdict(Verdict.Kind.INCONCLUSIVE, "missing evidence: 2 of 2 model calls have no recorded input",
                                Optional.empty()), List.of(
                        step(0, "model_call", "", "m-small, input not recorded", b, 6, null, false, null),
                        step(1, "model_call", "", "m-small, input not recorded, error: timeout", b, 7, null, true, null))),
                new SessionResult("s-suspect", "acme", Outcome.FAILURE, "wrong total", 2, 1, new SourceRef(b, 8, ""),
                        new Verdict(Verdict.Kind.MODEL_SUSPECT, "the run failed (wrong total) and every state check "
                                + "passed: the model is the remaining suspect", Optional.empty()), List.of(
                        step(0, "message", "", "user message", b, 9, null, false, null),
                        step(1, "model_call", "", "m-small", b, 10, ctx(1, 21), false, null))));
        return new AnalysisResult(VERSION, List.of(input(a, 4120), input(b, 2204)), List.of(), List.of(), sessions,
                findings, CHECKS);
    }

    /**
     * The {@code many} run with one finding accepted by a suppression file entry, one known to the
     * baseline, and a suppression that matched nothing.
     */
    static AnalysisResult suppressed() {
        AnalysisResult many = many();
        Finding dropped = many.findings().stream().filter(f -> f.checkId().equals("state.field-dropped")).findFirst()
                .orElseThrow();
        Finding bleed = many.findings().stream().filter(f -> f.checkId().equals("bleed.foreign-identifier")).findFirst()
                .orElseThrow();
        List<Finding> active = many.findings().stream().filter(f -> f != dropped && f != bleed).toList();
        List<SuppressedFinding> suppressed = new ArrayList<>(List.of(
                new SuppressedFinding(bleed, SuppressedFinding.By.BASELINE, "already in the baseline", "baseline.json"),
                new SuppressedFinding(dropped, SuppressedFinding.By.SUPPRESSION,
                        "tier moved to the profile service (INC-2291)", ".coroner.yml:3")));
        suppressed.sort((x, y) -> Finding.ORDER.compare(x.finding(), y.finding()));
        return new AnalysisResult(VERSION, many.inputs(), many.skipped(), many.problems(), many.sessions(), active,
                CHECKS, suppressed, List.of(new Suppression("context.error-carried-forward", "s-gone", "",
                "flaky lookup in staging", ".coroner.yml:7")), "baseline.json", true);
    }

    /**
     * A bad line and an unknown event in one input, a missing input, an unrecognised file and a
     * skipped file; the readable session was still analysed.
     */
    static AnalysisResult importProblems() {
        String file = "dumps/broken.jsonl";
        SessionResult session = new SessionResult("s-9", "", Outcome.SUCCESS, "", 1, 0, new SourceRef(file, 1, ""),
                new Verdict(Verdict.Kind.CLEAN, "no findings and no recorded failure", Optional.empty()), List.of(
                step(0, "message", "", "user message", file, 4, null, false, null)));
        List<ImportProblem> problems = List.of(
                new ImportProblem(new SourceRef(file, 2, ""), "expected a JSON object, found ']'", false),
                new ImportProblem(new SourceRef(file, 3, ""), "expected one of session, step, message as \"type\", "
                        + "found \"teleport\"", false),
                new ImportProblem(new SourceRef("dumps/missing.jsonl", 0, ""), "no such file or directory", true),
                new ImportProblem(new SourceRef("dumps/notes.txt", 0, ""),
                        "not a recognised trace format (looked for: coroner-jsonl)", true));
        return new AnalysisResult(VERSION, List.of(input(file, 233), new InputRecord("dumps/notes.txt", "",
                "4f1c4b1a3b9f4a0f8cbb1f5e2e4a3c2d1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e", 27)),
                List.of("dumps/readme.md: not a trace file name"), problems, List.of(session), List.of(), CHECKS);
    }

    /**
     * Trace content written to break every format: markup that would run ({@code </script>},
     * {@code </textarea>}, an {@code onerror} handler), terminal escapes, a bidi override, control
     * characters XML cannot hold, CSV formulas, Markdown syntax, pipes, quotes, backticks and
     * newlines, in ids, paths, messages, evidence, state paths and reasons.
     */
    static AnalysisResult hostile() {
        String file = "in put/\"q\" <b>&amp;.jsonl";
        String session = "s<script>alert('id')</script>";
        String principal = "acme \"&\" <co>";
        String markup = "</script><script>alert(1)</script></textarea><img src=x onerror=alert(2)>";
        String terminal = "\u001b[2J\u001b]0;owned\u0007 \u202Eevil\u202C \u0000\u000B\uFFFE";
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        String markdown = "# heading | pipe | **bold** [link](javascript:alert(3)) ``` fence";
        Finding f = new Finding("context.error-carried-forward", Severity.HIGH, session, 1,
                new SourceRef(file, 2, "event <e1>"),
                formula + " " + markup + " " + terminal + " " + markdown,
                List.of(new Evidence("@SUM(1+1) label\ttab", "line one\r\nline two\n```\n~~~\n+cmd|' /C calc'!A0\n-2+3\n"
                                + markup, new SourceRef(file, 2, "event <e1>")),
                        new Evidence("\tstarts with a tab", "-starts with a dash; " + terminal, new SourceRef(file, 3, ""))),
                fingerprint("context.error-carried-forward", session, "hostile"));
        Finding gap = new Finding("evidence.model-input-missing", Severity.MEDIUM, session, -1, new SourceRef(file, 1, ""),
                "+1 model call has no recorded input; lone surrogate \uD800 here", List.of(),
                fingerprint("evidence.model-input-missing", session, "gap"));
        TimelineStep.StateDiff diff = new TimelineStep.StateDiff("ns</td>", -1, List.of(
                new TimelineStep.StateChange("a</td><td>b", TimelineStep.Change.ADDED, "", "\"" + markup + "\"")), 0);
        SessionResult s = new SessionResult(session, principal, Outcome.FAILURE, "@failure " + markup, 3, 1,
                new SourceRef(file, 1, ""), new Verdict(Verdict.Kind.STATE_FAILURE, "root cause: " + formula + " "
                + terminal, Optional.of(new Verdict.RootCause(1, f.checkId(), f.location(), f.fingerprint())),
                List.of(new Verdict.ChainLink(1, "-chain " + markup + " " + terminal, f.location()))), List.of(
                step(0, "state", "<agent>", "ns</td>", file, 1, null, false, diff),
                step(1, "tool_result", "=agent", "tool " + markup, file, 2, null, true, null),
                step(2, "model_call", "", "-model " + terminal, file, 3, ctx(2, 99), false, null)));
        return new AnalysisResult(VERSION, List.of(input(file, 999)), List.of(), List.of(
                new ImportProblem(new SourceRef(file, 4, ""), "expected a JSON object, found '" + markup + "'", false)),
                List.of(s), List.of(f, gap), CHECKS, List.of(), List.of(new Suppression("state.field-dropped", session, "",
                "-because " + markup, "--suppress")), "", true);
    }

    /** Renders a result in a format with {@code --fail-on high}, as every reporter test does. */
    public static String render(String format, AnalysisResult result) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            Reporters.byFormat(format).orElseThrow().write(result, ReportOptions.plain(Severity.HIGH), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The timeline JSON ({@code coroner timeline --format json}) of every session of a case. */
    public static String renderTimeline(AnalysisResult result) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            dev.coroner.report.json.TimelineJson.write(result, result.sessions(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One case by name. */
    public static AnalysisResult get(String name) {
        return all().get(name);
    }

    private static CheckInfo check(String id, String title, Severity severity) {
        return new CheckInfo(id, title, severity, "0.1.0", "Why " + id + " matters to the on-call engineer.",
                "What to change so that " + id + " does not happen again.", "An example of " + id + ".");
    }

    private static InputRecord input(String path, long bytes) {
        return new InputRecord(path, "coroner-jsonl", Fingerprint.of("input", path, "sha") + Fingerprint.of("input",
                path, "sha-2"), bytes);
    }

    private static String fingerprint(String check, String session, String key) {
        return Fingerprint.of(check, session, key);
    }

    /** A state failure rooted at the finding; the chain starts there and goes on with the given links. */
    private static Verdict stateFailure(Finding root, String what, Verdict.ChainLink... later) {
        List<Verdict.ChainLink> chain = new ArrayList<>();
        chain.add(new Verdict.ChainLink(root.step(), root.checkId() + ": " + root.message(), root.location()));
        chain.addAll(List.of(later));
        return new Verdict(Verdict.Kind.STATE_FAILURE, "root cause " + root.checkId() + " at step " + root.step() + " ("
                + root.location().fileAndLine() + "): " + what, Optional.of(new Verdict.RootCause(root.step(),
                root.checkId(), root.location(), root.fingerprint())), chain);
    }

    private static Verdict.ChainLink link(int step, String description, String file, long line) {
        return new Verdict.ChainLink(step, description, new SourceRef(file, line, ""));
    }

    private static TimelineStep.ContextSize ctx(int messages, long characters) {
        return new TimelineStep.ContextSize(messages, characters);
    }

    private static TimelineStep step(int index, String kind, String agent, String summary, String file, long line,
                                     TimelineStep.ContextSize context, boolean failed, TimelineStep.StateDiff diff) {
        return new TimelineStep(index, kind, agent, summary, new SourceRef(file, line, ""), Optional.ofNullable(context),
                failed, Optional.ofNullable(diff));
    }
}
