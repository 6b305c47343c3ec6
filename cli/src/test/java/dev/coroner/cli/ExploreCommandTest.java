package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.Analyzer;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.examination.Examination;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** {@code coroner explore} driven through the real entry point by a script on standard input. */
class ExploreCommandTest {

    private static final String POISONING = "samples/poisoning-order-not-found";
    private static final String BLEED = "samples/bleed-shared-memory";

    private static Cli.Run explore(String script, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "explore";
        System.arraycopy(args, 0, command, 1, args.length);
        return new Cli().stdin(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))).run(command);
    }

    @Test
    void oneSessionIsSelectedAndItsContextMatchesCoronerContext() {
        Cli.Run run = explore("sessions\nfindings\ncontext 7\nquit\n", POISONING);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        String context = Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "7", POISONING).out();
        assertEquals("coroner conv_7Hq2xKp> sessions\n"
                + "* conv_7Hq2xKp  customer-4417  state-failure  11 steps\n"
                + "coroner conv_7Hq2xKp> findings\n"
                + "     4 high     context.error-carried-forward: Error from lookup_order (step 4) stayed in the context"
                + " of 3 later model calls and was restated at step 5 (model_call) and 3 later steps\n"
                + "coroner conv_7Hq2xKp> context 7\n"
                + context
                + "coroner conv_7Hq2xKp> quit\n", run.out());
        assertFalse(run.out().contains("\u001b"), "no escape sequences without a terminal");
        assertFalse(run.out().contains("\r"));
    }

    @Test
    void selectingASessionChangesThePromptAndScopesTheCommands() {
        Cli.Run run = explore("findings\nsession sess-b22c\nfindings\ntimeline\nexit\n", BLEED);
        assertEquals(0, run.exit(), run.err());
        String timeline = Cli.exec("timeline", "--session", "sess-b22c", BLEED).out();
        assertEquals("coroner> findings\n"
                + "no session selected (sessions: sess-a81f, sess-b22c; select one with session ID)\n"
                + "coroner> session sess-b22c\n"
                + "session sess-b22c: state-failure, 4 steps\n"
                + "coroner sess-b22c> findings\n"
                + "     2 critical bleed.foreign-identifier: The e-mail address [email-1] of principal acct-100233"
                + " (session sess-a81f) appears in this session of principal acct-208871 at step 2 (retrieval)\n"
                + "     2 critical bleed.foreign-identifier: The phone number [phone-1] of principal acct-100233"
                + " (session sess-a81f) appears in this session of principal acct-208871 at step 2 (retrieval)\n"
                + "coroner sess-b22c> timeline\n"
                + timeline
                + "coroner sess-b22c> exit\n", run.out());
    }

    @Test
    void sessionsListsEveryOneWithTheSelectionMarked() {
        Cli.Run run = explore("sessions\nsession sess-a81f\nsessions\nverdict\n", BLEED);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("coroner> sessions\n"
                + "  sess-a81f  acct-100233  clean          7 steps\n"
                + "  sess-b22c  acct-208871  state-failure  4 steps\n"), run.out());
        assertTrue(run.out().contains("coroner sess-a81f> sessions\n"
                + "* sess-a81f  acct-100233  clean          7 steps\n"
                + "  sess-b22c  acct-208871  state-failure  4 steps\n"), run.out());
        assertTrue(run.out().contains("coroner sess-a81f> verdict\nclean: "), run.out());
        assertTrue(run.out().endsWith("coroner sess-a81f> \n"), "end of input ends the line and the shell");
    }

    @Test
    void mistakesPrintOneLineAndTheShellGoesOn() {
        Cli.Run run = explore("frobnicate now\nsession nope\ncontext 4\ncontext seven\nexplain\nsessions\n",
                POISONING);
        assertEquals(0, run.exit(), run.err());
        assertEquals("coroner conv_7Hq2xKp> frobnicate now\n"
                + "unknown command 'frobnicate' (try help)\n"
                + "coroner conv_7Hq2xKp> session nope\n"
                + "no session 'nope' (sessions: conv_7Hq2xKp)\n"
                + "coroner conv_7Hq2xKp> context 4\n"
                + "step 4 of session conv_7Hq2xKp is a tool_result, not a model call; model calls are at steps 2, 5, 7, 10\n"
                + "coroner conv_7Hq2xKp> context seven\n"
                + "context expects a step number, found 'seven'\n"
                + "coroner conv_7Hq2xKp> explain\n"
                + "usage: explain CHECK-ID\n"
                + "coroner conv_7Hq2xKp> sessions\n"
                + "* conv_7Hq2xKp  customer-4417  state-failure  11 steps\n"
                + "coroner conv_7Hq2xKp> \n", run.out());
    }

    @Test
    void explainPrintsWhatCoronerExplainPrints() {
        Cli.Run run = explore("explain context.error-carried-forward\nexplain no.such-check\nquit\n", POISONING);
        assertEquals(0, run.exit(), run.err());
        String explain = Cli.exec("explain", "context.error-carried-forward").out();
        assertTrue(run.out().startsWith("coroner conv_7Hq2xKp> explain context.error-carried-forward\n" + explain
                + "coroner conv_7Hq2xKp> explain no.such-check\nunknown check 'no.such-check' (known: "), run.out());
        assertTrue(run.out().endsWith(")\ncoroner conv_7Hq2xKp> quit\n"), run.out());
    }

    @Test
    void identifiersAreMaskedUnlessRevealed() {
        String script = "session sess-b22c\nverdict\ncontext 3\n";
        Cli.Run masked = explore(script, BLEED);
        assertEquals(0, masked.exit(), masked.err());
        assertTrue(masked.out().contains("    | Memory: Customer updated contact details: email [email-1], mobile [phone-1].\n"),
                masked.out());
        assertTrue(masked.out().contains("state-failure: root cause bleed.foreign-identifier at step 2"), masked.out());
        assertFalse(masked.out().contains("maria.lopez@example.org"), masked.out());

        Cli.Run revealed = explore(script, "--reveal", BLEED);
        assertTrue(revealed.out().contains("maria.lopez@example.org"), revealed.out());
    }

    @Test
    void aLastLineWithoutNewlineStillRuns() {
        Cli.Run run = explore("help", POISONING);
        assertEquals(0, run.exit(), run.err());
        assertEquals("coroner conv_7Hq2xKp> help\n" + ExploreShell.HELP + "\n", run.out());
    }

    @Test
    void noInputIsAUsageError() {
        Cli.Run run = explore("quit\n");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("coroner: no input:"), run.err());
    }

    @Test
    void completesCommandsSessionIdsAndCheckIds() throws Exception {
        LoadedTrace trace = new TraceLoader(FormatRegistry.standard(), Optional.empty(), () -> null)
                .load(InputSet.expand(List.of(Cli.ROOT.resolve(BLEED).toString()), Cli.ROOT));
        Examination examination = new Examination(new Analyzer(CheckCatalog.all(), 1, AnalysisOptions.none()), List.of(),
                Optional.empty(), false);
        ExploreShell shell = new ExploreShell(trace.sessions(), examination.run(trace), examination);
        try (Terminal terminal = TerminalBuilder.builder().system(false).dumb(true).type(Terminal.TYPE_DUMB)
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            assertTrue(complete(shell, reader, "").containsAll(List.of("sessions", "session", "verdict", "findings",
                    "timeline", "context", "explain", "help", "quit", "exit")));
            assertEquals(List.of("sess-a81f", "sess-b22c"), complete(shell, reader, "session sess"));
            assertTrue(complete(shell, reader, "explain bleed.").contains("bleed.foreign-identifier"));
            assertFalse(complete(shell, reader, "explain bleed.").contains("sess-a81f"));
            shell.execute("session sess-b22c", new java.io.PrintWriter(new java.io.StringWriter()));
            assertEquals(List.of("3"), complete(shell, reader, "context "));
        }
    }

    private static List<String> complete(ExploreShell shell, LineReader reader, String line) {
        List<Candidate> candidates = new ArrayList<>();
        shell.completer().complete(reader, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).filter(v -> line.isEmpty()
                || v.startsWith(line.substring(line.lastIndexOf(' ') + 1))).distinct().sorted().toList();
    }
}
