package dev.coroner.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Puts the spans (runs, observations) of one session into execution order. Exporters write spans
 * when they end, children before parents and batches in any order, so file order is not execution
 * order: spans are sorted by start time, a parent before its children when they start in the same
 * clock tick, then by their position in the input.
 */
final class SpanOrder {

    private SpanOrder() {
    }

    /**
     * @param spans  spans in input order
     * @param id     a span's id
     * @param parent its parent's id, or empty for a root
     * @param start  its start time in any monotonic unit (nanoseconds, microseconds…)
     */
    static <T> List<T> order(List<T> spans, Function<T, String> id, Function<T, String> parent,
                                    ToLongFunction<T> start) {
        Map<String, T> byId = new HashMap<>();
        for (T span : spans) {
            byId.putIfAbsent(id.apply(span), span);
        }
        Map<T, Integer> depth = new HashMap<>();
        Map<T, Integer> position = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            position.put(spans.get(i), i);
            depth.put(spans.get(i), depth(spans.get(i), byId, id, parent));
        }
        List<T> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingLong(start).thenComparingInt(depth::get).thenComparingInt(position::get));
        return ordered;
    }

    /** The parent ids named by some span that no span of the list has. */
    static <T> Set<String> missingParents(List<T> spans, Function<T, String> id, Function<T, String> parent) {
        Set<String> ids = new HashSet<>();
        spans.forEach(s -> ids.add(id.apply(s)));
        Set<String> missing = new HashSet<>();
        for (T span : spans) {
            String p = parent.apply(span);
            if (p != null && !p.isEmpty() && !ids.contains(p)) {
                missing.add(p);
            }
        }
        return missing;
    }

    private static <T> int depth(T span, Map<String, T> byId, Function<T, String> id, Function<T, String> parent) {
        int d = 0;
        Set<String> seen = new HashSet<>();
        T current = span;
        while (current != null && seen.add(id.apply(current))) {
            String p = parent.apply(current);
            current = p == null || p.isEmpty() ? null : byId.get(p);
            if (current != null) {
                d++;
            }
        }
        return d;
    }
}
