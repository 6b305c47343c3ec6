package dev.coroner.cli;

import dev.coroner.ingest.LoadProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr while the inputs are read: bytes read (of how many, when the sizes are
 * known), MB/s, sessions seen and the time so far, rewritten in place, and cleared when the read
 * ends. It is shown when stderr is a terminal and the read takes longer than a second, or always
 * with {@code CORONER_PROGRESS=on}; never with {@code CORONER_PROGRESS=off}, and never in a report.
 */
final class ProgressLine implements AutoCloseable {

    /** How long a read runs before the line appears, when it is shown because stderr is a terminal. */
    static final long DELAY_MILLIS = 1000;
    /** How often the line is rewritten. */
    static final long PERIOD_MILLIS = 250;

    private final LoadProgress progress;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private final boolean asked;
    private boolean shown;

    private ProgressLine(LoadProgress progress, PrintWriter err, boolean asked) {
        this.progress = progress;
        this.err = err;
        this.asked = asked;
        long delayMillis = asked ? 0 : DELAY_MILLIS;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "coroner-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::render, delayMillis, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A line for this read, or none when it is not to be shown. */
    static ProgressLine start(Environment environment, LoadProgress progress) {
        String setting = environment.env().getOrDefault("CORONER_PROGRESS", "").trim().toLowerCase(Locale.ROOT);
        if (setting.equals("off") || setting.equals("0")) {
            return null;
        }
        boolean forced = setting.equals("on") || setting.equals("1");
        if (!forced && !environment.errTty()) {
            return null;
        }
        return new ProgressLine(progress, environment.err(), forced);
    }

    private synchronized void render() {
        err.print("\r" + text() + "\u001b[K");
        err.flush();
        shown = true;
    }

    /** The line as it stands: "coroner: read 1.2 GB of 3.4 GB (35%), 180 MB/s, 5,120 sessions, 12 s". */
    String text() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        long read = progress.bytesRead();
        long total = progress.bytesTotal();
        StringBuilder line = new StringBuilder("coroner: read ").append(bytes(read));
        if (total > 0) {
            line.append(" of ").append(bytes(total))
                    .append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, read * 100 / total)));
        }
        line.append(String.format(Locale.ROOT, ", %.0f MB/s, %,d session%s, %.0f s", read / 1e6 / seconds,
                progress.sessions(), progress.sessions() == 1 ? "" : "s", seconds));
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
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (asked) {
                render(); // asked for: the final count is drawn at least once, however short the read
            }
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
