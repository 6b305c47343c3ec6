package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.LoadProgress;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress line's text, when it is drawn (after the delay, throttled), and who asks for it. */
class ProgressLineTest {

    private static final long MS = 1_000_000L;

    @Test
    void theLineSaysBytesOfHowManyRateSessionsAndTime() {
        assertEquals("coroner: read 1.2 GB of 3.4 GB (35%), 100 MB/s, 5,120 sessions, 12 s",
                ProgressLine.text(1_200_000_000L, 3_400_000_000L, 5_120, 12_000 * MS));
        assertEquals("coroner: read 512.0 kB, 0 MB/s, 1 session, 1.5 s",
                ProgressLine.text(512_000, -1, 1, 1_500 * MS), "no total when a size is not known (a pipe)");
        assertEquals("coroner: read 0.0 kB of 2.0 MB (0%), 0 MB/s, 0 sessions, 0.0 s",
                ProgressLine.text(0, 2_000_000, 0, 0));
        assertEquals("coroner: read 2.4 MB of 2.0 MB (100%), 2 MB/s, 3 sessions, 1.0 s",
                ProgressLine.text(2_400_000, 2_000_000, 3, 1_000 * MS), "never more than 100 %");
    }

    @Test
    void onATerminalNothingIsDrawnBeforeTheDelayAndThenAtMostFourTimesASecond() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new LoadProgress(), new PrintWriter(err), 0, false);
        assertFalse(line.tick(999 * MS), "a read shorter than a second shows nothing");
        assertEquals("", err.toString());
        assertTrue(line.tick(1_000 * MS));
        assertFalse(line.tick(1_100 * MS), "throttled");
        assertFalse(line.tick(1_249 * MS), "throttled");
        assertTrue(line.tick(1_250 * MS));
        assertTrue(line.tick(2_000 * MS));
        int draws = 0;
        for (long t = 2_000; t <= 3_000; t += 10) {
            draws += line.tick(t * MS) ? 1 : 0;
        }
        assertEquals(4, draws, "a tick every 10 ms draws four times a second");
        assertTrue(err.toString().startsWith("\rcoroner: read 0.0 kB, 0 MB/s, 0 sessions, 1.0 s\u001b[K\r"),
                err.toString());
        line.close();
        assertTrue(err.toString().endsWith("\u001b[K\r\u001b[K"), "cleared at the end: " + err);
    }

    @Test
    void aShortReadLeavesNothingOnStderrAndAnAskedLineIsDrawnOnce() {
        StringWriter quiet = new StringWriter();
        new ProgressLine(new LoadProgress(), new PrintWriter(quiet), 0, false).close();
        assertEquals("", quiet.toString(), "never drawn, nothing to clear");

        StringWriter asked = new StringWriter();
        ProgressLine line = new ProgressLine(new LoadProgress(), new PrintWriter(asked), System.nanoTime(), true);
        assertTrue(line.tick(System.nanoTime()), "--progress draws from the start");
        line.close();
        assertTrue(asked.toString().startsWith("\rcoroner: read 0.0 kB, "), asked.toString());
        assertTrue(asked.toString().endsWith("\r\u001b[K"), asked.toString());
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheTerminal() {
        LoadProgress counts = new LoadProgress();
        assertNull(ProgressLine.start(environment(false, null), null, counts), "not a terminal: none");
        assertNull(ProgressLine.start(environment(true, null), false, counts), "--no-progress on a terminal");
        assertNull(ProgressLine.start(environment(true, "off"), null, counts), "CORONER_PROGRESS=off on a terminal");
        try (ProgressLine onTerminal = ProgressLine.start(environment(true, null), null, counts);
                ProgressLine asked = ProgressLine.start(environment(false, null), true, counts);
                ProgressLine byEnvironment = ProgressLine.start(environment(false, "on"), null, counts);
                ProgressLine optionFirst = ProgressLine.start(environment(false, "off"), true, counts)) {
            assertTrue(onTerminal != null && asked != null && byEnvironment != null && optionFirst != null);
        }
        assertNull(ProgressLine.start(environment(true, "on"), false, counts), "--no-progress over CORONER_PROGRESS=on");
    }

    @Test
    void theLauncherTellsWhetherStderrIsATerminal() {
        String before = System.getProperty("coroner.stderr.tty");
        try {
            System.setProperty("coroner.stderr.tty", "true");
            assertTrue(Main.stderrIsTerminal());
            System.setProperty("coroner.stderr.tty", "false");
            assertFalse(Main.stderrIsTerminal());
        } finally {
            if (before == null) {
                System.clearProperty("coroner.stderr.tty");
            } else {
                System.setProperty("coroner.stderr.tty", before);
            }
        }
    }

    private static Environment environment(boolean errTty, String setting) {
        Map<String, String> env = new HashMap<>();
        if (setting != null) {
            env.put("CORONER_PROGRESS", setting);
        }
        return new Environment(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), env, false, Path.of(""), errTty);
    }
}
