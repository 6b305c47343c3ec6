package dev.coroner.analysis.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the pure scans of a text (identifiers, facts, decimal convention) found, kept by one worker
 * thread of an analysis run for the texts it meets again: a system prompt, a tool's schema or a
 * context message that every session of a dump repeats is then scanned once per worker, not once
 * per session and query. A scan is a function of the text alone, so a result from the memo is the
 * result the scan gives; the memo changes how long a run takes, never what it reports.
 *
 * <p>The memo belongs to the thread, which belongs to one run ({@link Holder}): a thread that is no
 * holder (a test, a command's main thread) scans every time. It is bounded: past {@link #MAX_CHARS}
 * characters of remembered texts it starts afresh, and a text longer than {@link #MAX_TEXT} is never
 * kept.
 */
public final class TextMemo {

    /** A thread that carries a memo: the workers of an analysis run. */
    public interface Holder {
        TextMemo textMemo();
    }

    /** Characters of remembered texts a memo holds before it starts afresh. */
    static final long MAX_CHARS = 1L << 22;
    /** Longest text remembered. */
    static final int MAX_TEXT = 1 << 16;

    private final Map<Object, Map<String, Object>> scans = new HashMap<>();
    private long chars;

    /**
     * The scan's result for the text: remembered when the calling thread holds a memo and the same
     * scan of the same text ran on it before, else computed (and remembered). The result is shared
     * by every later call: it must not be changed.
     *
     * @param scan identifies the scan (one constant per scan and its parameters)
     * @param text the text scanned
     * @param run  the scan itself, a pure function of the text
     */
    public static <T> T of(Object scan, String text, Function<String, T> run) {
        if (text.length() > MAX_TEXT || !(Thread.currentThread() instanceof Holder holder)) {
            return run.apply(text);
        }
        return holder.textMemo().lookup(scan, text, run);
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(Object scan, String text, Function<String, T> run) {
        Map<String, Object> results = scans.computeIfAbsent(scan, k -> new HashMap<>());
        Object known = results.get(text);
        if (known != null) {
            return (T) known;
        }
        T result = run.apply(text);
        if (chars + text.length() > MAX_CHARS) {
            scans.values().forEach(Map::clear);
            chars = 0;
        }
        results.put(text, result);
        chars += text.length();
        return result;
    }
}
