package dev.coroner.trace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable copies that iterate in key order. The model's maps are read by checks and reports, and
 * {@code Map.copyOf} iterates in an order that changes from one JVM run to the next, which made
 * evidence listed from them come out in another order on every run.
 */
public final class SortedMaps {

    private SortedMaps() {
    }

    /**
     * An unmodifiable copy of {@code map} in key order. It keeps its keys and values in two sorted
     * arrays (a key is found by binary search): every step of a trace holds such a map of its raw
     * attributes, and a tree's entry objects cost several times the references themselves.
     */
    public static <K extends Comparable<K>, V> Map<K, V> copyOf(Map<K, V> map) {
        if (map.isEmpty()) {
            return Map.of();
        }
        if (map instanceof Sorted<K, V>) {
            return map;
        }
        Map<K, V> ordered = map instanceof SortedMap<K, V> sorted && sorted.comparator() == null ? map
                : new TreeMap<>(map);
        Object[] keys = new Object[ordered.size()];
        Object[] values = new Object[ordered.size()];
        int i = 0;
        for (Map.Entry<K, V> entry : ordered.entrySet()) {
            keys[i] = entry.getKey();
            values[i] = entry.getValue();
            i++;
        }
        return new Sorted<>(keys, values);
    }

    /** Keys in natural order with their values, read-only. */
    private static final class Sorted<K, V> extends AbstractMap<K, V> {
        private final Object[] keys;
        private final Object[] values;

        Sorted(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return Arrays.binarySearch(keys, key) >= 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int at = Arrays.binarySearch(keys, key);
            return at >= 0 ? (V) values[at] : null;
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> entry = new AbstractMap.SimpleImmutableEntry<>((K) keys[next],
                                    (V) values[next]);
                            next++;
                            return entry;
                        }
                    };
                }
            };
        }
    }
}
