package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.ingest.spill.MemoryBudget;
import dev.coroner.ingest.spill.SessionSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examine} under a memory budget ({@code -Dcoroner.memory.budget}): sessions beyond it are
 * spilled to a directory beside the report and read back, with the same report; the directory is gone
 * afterwards and nothing is written beside the inputs; a session larger than the budget is named by one
 * finding and one line on stderr.
 */
class MemoryBudgetTest {

    @Test
    void spilledSessionsGiveTheSameReportAndLeaveNothingBehind(@TempDir Path work) throws IOException {
        Path inputs = copy(Cli.ROOT.resolve("samples"), work.resolve("inputs"));
        Path reports = Files.createDirectory(work.resolve("reports"));
        List<Path> before = tree(inputs);
        // Larger than every session, smaller than all of them: some are held, the rest spilled.
        String spilling = String.valueOf(largestSession(inputs));

        Cli.Run held = new Cli().cwd(work).run("examine", "--format", "json", "--threads", "1",
                "-o", "reports/held.json", "inputs");
        Cli.Run spilled = withBudget(spilling, () -> new Cli().cwd(work).run("examine", "--format", "json",
                "--threads", "3", "-o", "reports/spilled.json", "inputs"));
        Cli.Run toStdout = withBudget(spilling, () -> new Cli().cwd(work).run("examine", "--format", "sarif", "inputs"));

        assertEquals(4, held.exit());
        assertEquals(held.exit(), spilled.exit());
        assertEquals(held.err(), spilled.err());
        assertEquals(Files.readString(reports.resolve("held.json")), Files.readString(reports.resolve("spilled.json")));
        assertEquals(new Cli().cwd(work).run("examine", "--format", "sarif", "inputs").out(), toStdout.out());
        assertEquals(List.of(reports.resolve("held.json"), reports.resolve("spilled.json")), tree(reports),
                "the spill directory beside the report is gone");
        assertEquals(before, tree(inputs), "nothing written beside the inputs");
    }

    @Test
    void theOtherCommandsDeleteTheirSpillWhenTheyEnd(@TempDir Path work) throws IOException {
        Path inputs = copy(Cli.ROOT.resolve("samples"), work.resolve("inputs"));
        String spilling = String.valueOf(largestSession(inputs));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spills(tmp);
        for (String[] command : List.of(new String[] {"timeline", "--format", "json", "inputs"},
                new String[] {"convert", "-o", "converted.jsonl", "inputs"})) {
            Cli.Run run = withBudget(spilling, () -> new Cli().cwd(work).run(command));
            assertTrue(run.exit() == 0 || run.exit() == 1, command[0] + ": " + run.err());
            assertEquals(before, spills(tmp), command[0] + " left its spill directory behind");
        }
    }

    @Test
    void diffOfTwoCheckpointsDeletesItsSpillWhenItEnds(@TempDir Path work) throws IOException {
        Path inputs = copy(Cli.ROOT.resolve("samples/amnesia-renamed-constraint"), work.resolve("inputs"));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spills(tmp);
        String[] diff = {"diff", "--format", "json", "--db", "inputs/checkpoints.sqlite", "booking-lisbon-31@9",
            "booking-lisbon-31@10"};
        Cli.Run held = new Cli().cwd(work).run(diff);
        // A budget below every session: the checkpoints are spilled, then read back for the diff.
        Cli.Run run = withBudget("1k", () -> new Cli().cwd(work).run(diff));
        assertEquals(0, run.exit(), run.err());
        assertEquals(held.out(), run.out(), "the same diff as with the sessions held");
        assertEquals(before, spills(tmp), "diff --db left its spill directory behind");
    }

    private static List<Path> spills(Path tmp) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("coroner-spill-")).sorted().toList();
        }
    }

    @Test
    void aSessionOverTheBudgetIsOneFindingAndOneLine(@TempDir Path work) throws IOException {
        Path inputs = copy(Cli.ROOT.resolve("samples/bleed-shared-memory"), work.resolve("inputs"));
        List<Path> before = tree(inputs);
        Cli.Run run = withBudget("1k", () -> new Cli().cwd(work).run("examine", "--format", "csv", "inputs"));

        long sessions = run.out().lines().skip(1).count();
        assertTrue(sessions >= 2, run.out());
        assertEquals(sessions, run.out().lines().filter(l -> l.contains("evidence.limit-reached")).count(),
                "every session over a 1 KiB budget has the finding, and nothing else: " + run.out());
        assertEquals(List.of("coroner: " + sessions + " sessions not analysed, larger than the memory budget of 1 KiB"
                        + " (evidence.limit-reached in the report; the rest was examined): give coroner more memory"
                        + " with CORONER_JAVA_OPTS=-Xmx…"), run.err().lines().toList());
        assertEquals(before, tree(inputs), "nothing written beside the inputs");
    }

    @Test
    void aBudgetThatIsNotASizeIsAUsageError() {
        Cli.Run run = withBudget("lots", () -> Cli.exec("examine", "samples/clean-refund"));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("coroner.memory.budget expects a size in bytes such as 64m or 2g, found 'lots'"),
                run.err());
    }

    private static long largestSession(Path inputs) {
        LoadedTrace trace = new TraceLoader(FormatRegistry.standard(), Optional.empty(), InputStream::nullInputStream)
                .spillingTo(null, Long.MAX_VALUE).load(InputSet.expand(List.of(inputs.toString()), inputs));
        return trace.sessions().stream().mapToLong(SessionSize::estimate).max().orElseThrow();
    }

    private static Cli.Run withBudget(String budget, Supplier<Cli.Run> run) {
        System.setProperty(MemoryBudget.PROPERTY, budget);
        try {
            return run.get();
        } finally {
            System.clearProperty(MemoryBudget.PROPERTY);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).sorted().toList();
        }
    }
}
