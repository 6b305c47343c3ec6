package dev.coroner.cli;

import dev.coroner.ingest.LoadProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr while the inputs are read: bytes read (of how many, when the sizes are
 * known), MB/s, sessions seen and the time so far, redrawn in place at most {@link #PERIOD_NANOS}
 * apart, and cleared when the read ends. On a terminal it appears only once the read has run
 * {@link #DELAY_NANOS}, so short runs never show it; {@code --progress} (or
 * {@code CORONER_PROGRESS=on}) draws it from the start anywhere, {@code --no-progress} (or
 * {@code CORONER_PROGRESS=off}) never. It is never part of a report.
 */
final class ProgressLine implements AutoCloseable {

    /** How long a read runs before the line appears, unless it was asked for. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The least time between two redraws: four a second. */
    static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** Erases from the cursor to the end of the line. */
    private static final String CLEAR_TO_END = "\u001b[K";

    private final LoadProgress progress;
    private final PrintWriter err;
    private final long started;
    private final boolean asked;
    private ScheduledExecutorService timer;
    private long drawnAt;
    private boolean shown;

    /** A line that is drawn only through {@link #tick}; {@link #start} adds the timer that ticks it. */
    ProgressLine(LoadProgress progress, PrintWriter err, long started, boolean asked) {
        this.progress = progress;
        this.err = err;
        this.started = started;
        this.asked = asked;
    }

    /**
     * A line for this read, or none when it is not to be shown. {@code option} is {@code --progress}
     * (true) or {@code --no-progress} (false), null when neither was given.
     */
    static ProgressLine start(Environment environment, Boolean option, LoadProgress progress) {
        Boolean wanted = option != null ? option : setting(environment.env().get("CORONER_PROGRESS"));
        if (Boolean.FALSE.equals(wanted) || (wanted == null && !environment.errTty())) {
            return null;
        }
        boolean asked = Boolean.TRUE.equals(wanted);
        ProgressLine line = new ProgressLine(progress, environment.err(), System.nanoTime(), asked);
        line.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "coroner-progress");
            thread.setDaemon(true);
            return thread;
        });
        long firstTick = asked ? 0 : DELAY_NANOS;
        line.timer.scheduleAtFixedRate(() -> line.tick(System.nanoTime()), firstTick, PERIOD_NANOS / 2,
                TimeUnit.NANOSECONDS);
        return line;
    }

    /** {@code CORONER_PROGRESS}: on or 1 asks for the line, off or 0 silences it, anything else leaves it to the terminal. */
    private static Boolean setting(String value) {
        String setting = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "on", "1" -> Boolean.TRUE;
            case "off", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Draws the line if it is due at {@code now}: after the delay (unless asked for), and not too soon after the last. */
    synchronized boolean tick(long now) {
        long elapsed = now - started;
        if (!asked && elapsed < DELAY_NANOS) {
            return false;
        }
        if (shown && now - drawnAt < PERIOD_NANOS) {
            return false;
        }
        draw(now);
        return true;
    }

    private void draw(long now) {
        err.print("\r" + text(progress.bytesRead(), progress.bytesTotal(), progress.sessions(), now - started)
                + CLEAR_TO_END);
        err.flush();
        drawnAt = now;
        shown = true;
    }

    /**
     * The line: "coroner: read 1.2 GB of 3.4 GB (35%), 180 MB/s, 5,120 sessions, 12 s". {@code total} is
     * -1 when an input's size is not known.
     */
    static String text(long read, long total, int sessions, long elapsedNanos) {
        double seconds = Math.max(1e-3, elapsedNanos / 1e9);
        StringBuilder line = new StringBuilder("coroner: read ").append(bytes(read));
        if (total > 0) {
            line.append(" of ").append(bytes(total))
                    .append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, read * 100 / total)));
        }
        line.append(String.format(Locale.ROOT, ", %.0f MB/s, %,d session%s, ", read / 1e6 / seconds, sessions,
                sessions == 1 ? "" : "s"));
        line.append(String.format(Locale.ROOT, seconds < 10 ? "%.1f s" : "%.0f s", seconds));
        return line.toString();
    }

    private static String bytes(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
    }

    /** Stops the line and clears it from the terminal, so what follows starts on a clean line. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (asked) {
                draw(System.nanoTime()); // asked for: the final count is drawn at least once, however short the read
            }
            if (shown) {
                err.print("\r" + CLEAR_TO_END);
                err.flush();
            }
        }
    }
}
