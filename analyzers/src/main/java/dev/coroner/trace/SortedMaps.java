package dev.coroner.trace;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable copies that iterate in key order. The model's maps are read by checks and reports, and
 * {@code Map.copyOf} iterates in an order that changes from one JVM run to the next, which made
 * evidence listed from them come out in another order on every run.
 */
public final class SortedMaps {

    private SortedMaps() {
    }

    /** An unmodifiable copy of {@code map} in key order. */
    public static <K extends Comparable<K>, V> Map<K, V> copyOf(Map<K, V> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
