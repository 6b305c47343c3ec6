package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.checks.CheckCatalog;
import dev.coroner.analysis.CoronerVersion;
import dev.coroner.finding.CheckInfo;
import org.junit.jupiter.api.Test;

/** The commands around examine: no arguments, --version, --help, checks, explain. */
class CommandsTest {

    @Test
    void noArgumentsPrintsExamples() {
        Cli.Run run = Cli.exec();
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Examples:\n  coroner examine trace.jsonl"), run.out());
    }

    @Test
    void versionNamesTheBuild() {
        Cli.Run run = Cli.exec("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("coroner " + CoronerVersion.get() + "\n"), run.out());
        assertTrue(!CoronerVersion.get().equals("unknown"));
        assertEquals(run.out(), Cli.exec("-V").out());
        assertEquals(run.out(), Cli.exec("examine", "--version").out(),
                "the fast answer says what picocli's version provider says");
    }

    @Test
    void eachSubcommandIsRegisteredUnderItsOwnName() {
        CommandLineFactory.SUBCOMMANDS.forEach((name, type) -> assertEquals(name,
                new picocli.CommandLine(type, new picocli.CommandLine.IFactory() {
                    @Override
                    public <K> K create(Class<K> cls) throws Exception {
                        try {
                            return cls.getDeclaredConstructor(Environment.class).newInstance(Cli.environment());
                        } catch (NoSuchMethodException e) {
                            return picocli.CommandLine.defaultFactory().create(cls);
                        }
                    }
                }).getCommandName()));
    }

    @Test
    void aCommandLineRunsTheSameOnTheSubcommandAloneAsOnTheWholeTree() {
        String sample = "samples/poisoning-order-not-found";
        String[][] lines = {{"examine", "--help"}, {"--debug", "examine", "--format", "json", sample},
                {"examine", "--format", "nope", sample}, {"timeline", "--help"}, {"context", "--session"},
                {"checks"}, {"explain", "state.field-dropped"}, {"formats", "--help"}, {"convert", "--help"},
                {"diff", "--help"}, {"explore", "--help"}, {"examine", "--version"}, {"--help", "examine"},
                {"exmaine", sample}};
        for (String[] args : lines) {
            Cli.Run alone = Cli.exec(args);
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            Environment whole = new Environment(new java.io.ByteArrayInputStream(new byte[0]),
                    new java.io.PrintWriter(out), new java.io.PrintWriter(err), java.util.Map.of(), false, Cli.ROOT);
            int exit = CommandLineFactory.create(whole).execute(args);
            String line = String.join(" ", args);
            assertEquals(exit, alone.exit(), line);
            assertEquals(out.toString(), alone.out(), line);
            assertEquals(err.toString(), alone.err(), line);
        }
        assertTrue(Cli.exec("--help").out().contains("generate-completion"), "the root's help lists every command");
    }

    @Test
    void helpListsExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"examine", "--help"}, {"checks", "--help"}}) {
            Cli.Run run = Cli.exec(args);
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("Exit codes:\n  0   analysis complete, nothing at or above --fail-on\n"), run.out());
            assertTrue(run.out().contains("  4   findings at or above --fail-on\n"), run.out());
        }
    }

    @Test
    void checksListsTheCatalogue() {
        Cli.Run run = Cli.exec("checks");
        assertEquals(0, run.exit());
        String[] lines = run.out().split("\n");
        assertEquals(CheckCatalog.infos().size() + 1, lines.length);
        assertTrue(lines[0].startsWith("ID"));
        for (int i = 0; i < CheckCatalog.infos().size(); i++) {
            CheckInfo info = CheckCatalog.infos().get(i);
            assertTrue(lines[i + 1].startsWith(info.id() + " "), lines[i + 1]);
            assertTrue(lines[i + 1].endsWith(info.title()), lines[i + 1]);
        }
    }

    @Test
    void explainPrintsTheMetadata() {
        Cli.Run run = Cli.exec("explain", "state.field-dropped");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("state.field-dropped: A state field disappears between two snapshots without a delete\n"
                + "stage: state (what state passed between steps and checkpoints)\n"
                + "default severity: high; since 0.1.0\n"), run.out());
        assertTrue(run.out().contains("Why it matters\n  State that crosses"), run.out());
        assertTrue(run.out().contains("How to fix it\n"));
        assertTrue(run.out().contains("Example\n"));
    }

    @Test
    void explainShowsTheHeuristicsTheCheckRunsWith() {
        Cli.Run run = Cli.exec("explain", "context.error-carried-forward");
        assertEquals(0, run.exit());
        assertEquals("""
                context.error-carried-forward: A tool error stays in the context and is restated as fact
                stage: context (what was in the context window at each model call)
                default severity: high; since 0.1.0

                Why it matters
                  An error returned by a tool (an exception, an "Error:" text, an HTTP 4xx/5xx body, a tool-error
                  flag) is appended to the conversation and sent again with every later model call. When a later
                  model output or tool argument restates that error, the agent is reasoning from it: a transient
                  or wrong error has become a fact of the run. This is the most common form of context poisoning,
                  and it looks like a model mistake unless the error's path through the context is traced.

                How to fix it
                  Treat tool errors as events, not context: retry or surface them, then drop or summarise the raw
                  error before the next model call. Make tools return structured errors the orchestrator acts on
                  (retry with backoff, fall back, ask the user) instead of text for the model to interpret.

                Example
                  Step 3: lookup_order returns "Error: order ORD-1042 not found in region eu-west". Step 9: the model
                  tells the customer "order ORD-1042 was not found in region eu-west, so no refund is possible",
                  although a retry in the right region would have found it.

                Heuristics
                  shingle-words: 4 words
                    Words per shingle when matching a restatement of the error: a later text restates the error when
                    it shares one such run of words with it that did not occur before the error.
                  restatements-shown: 4 steps
                    Restatements listed as evidence (and so in the verdict's chain).
                  error-text: shared: dev.coroner.analysis.text.ErrorText
                    A tool result is an error when the source flags it or its text reads as one: an "Error:" prefix,
                    an exception or error class name, a Python traceback, an HTTP 4xx/5xx status, or a JSON object
                    whose structure says the call failed; not a log excerpt (two lines or more, each opening with a
                    timestamp), whose errors are what the logged system reported.
                """, run.out());
    }

    @Test
    void explainUnknownCheckIsAUsageError() {
        Cli.Run run = Cli.exec("explain", "state.nope");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("coroner: unknown check 'state.nope' (known: context.error-carried-forward, "),
                run.err());
        assertTrue(run.err().endsWith("try `coroner explain --help`\n"), run.err());
    }

    @Test
    void completionScriptCoversEveryCommandAndItsOptions() {
        Cli.Run run = Cli.exec("generate-completion");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash\n"), run.out());
        assertTrue(run.out().contains("local commands=\"examine timeline context explore diff checks explain formats convert"
                + " generate-completion help\""), run.out());
        assertTrue(run.out().contains("--fail-on"), "examine's options");
        assertTrue(run.out().contains("complete -F _complete_coroner"), "registered for the coroner command");
    }
}
