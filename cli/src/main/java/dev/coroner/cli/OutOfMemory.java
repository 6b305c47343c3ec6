package dev.coroner.cli;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.examination.Examination;
import dev.coroner.ingest.InputFile;
import dev.coroner.ingest.LoadedTrace;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Java heap ran out: the run ends with one line on stderr that says what ran out, what coroner
 * was doing and how to give it more, and exit code 1, never an {@link OutOfMemoryError} with a stack
 * trace. A command wraps its long steps ({@link #during}) so that the line can name the input being
 * read or the sessions being analysed; an error thrown anywhere else still gets the line, without
 * that part. The work's memory is unreachable by the time the line is made, so making it does not run
 * out again.
 */
final class OutOfMemory extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private OutOfMemory(String activity, OutOfMemoryError cause) {
        // No stack trace: nothing more is allocated than the message.
        super(activity, cause, false, false);
    }

    /** Runs the work; if the heap runs out, says so with what {@code activity} describes (e.g. "reading x.jsonl"). */
    static <T> T during(Supplier<String> activity, Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            throw new OutOfMemory(activity.get(), e);
        }
    }

    /** Analyses the trace, naming the sessions and inputs if the heap runs out. */
    static AnalysisResult analyse(Examination examination, LoadedTrace trace) {
        return during(() -> String.format(Locale.ROOT, "analysing %,d session%s read from %s", trace.sessions().size(),
                trace.sessions().size() == 1 ? "" : "s", inputs(trace.inputs().size(),
                        trace.inputs().isEmpty() ? "" : trace.inputs().get(0).path())), () -> examination.run(trace));
    }

    /**
     * The input being read when {@code bytesRead} bytes of the inputs (read in order) had been read: the
     * only input, or the one the count falls in when every input before it has a size; else how many.
     */
    static String reading(List<InputFile> files, long bytesRead) {
        if (files.size() == 1) {
            return "reading " + files.get(0).display();
        }
        long end = 0;
        for (int i = 0; i < files.size(); i++) {
            InputFile file = files.get(i);
            long size = size(file);
            if (size < 0) {
                break;
            }
            end += size;
            if (bytesRead < end || i == files.size() - 1) {
                return "reading " + file.display() + " (input " + (i + 1) + " of " + files.size() + ")";
            }
        }
        return "reading " + files.size() + " inputs";
    }

    private static String inputs(int count, String first) {
        return count == 1 ? first : count + " inputs";
    }

    private static long size(InputFile file) {
        if (file.isStdin() || file.isDatabase() || file.path() == null) {
            return -1;
        }
        try {
            return Files.isRegularFile(file.path()) ? Files.size(file.path()) : -1;
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** The line for an error thrown while doing what {@code activity} says, or (null) anywhere. */
    static String line(String activity) {
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        // Twice the heap, in whole GiB, at least 1: enough to be worth a second try.
        long suggestion = Math.max(1, (2 * mib + 1023) / 1024);
        return "coroner: out of memory" + (activity == null ? "" : " while " + activity) + ": the Java heap ("
                + mib + " MiB) is full; give Java more with CORONER_JAVA_OPTS=-Xmx" + suggestion + "g (java -Xmx"
                + suggestion + "g without the launcher), or examine fewer inputs at a time";
    }

    /** The line for this error or any error it was caused by, or null when the heap did not run out. */
    static String lineFor(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemory known) {
                return line(known.getMessage());
            }
            if (cause instanceof OutOfMemoryError) {
                return line(null);
            }
        }
        return null;
    }
}
