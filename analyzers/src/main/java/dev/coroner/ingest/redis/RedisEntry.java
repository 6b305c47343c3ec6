package dev.coroner.ingest.redis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One key of a Redis keyspace as coroner reads it, from a live server or from a snapshot.
 *
 * @param key        the key, as UTF-8 text
 * @param type       the Redis type: string, list, hash, set, zset, stream, or the module type name
 * @param items      a string's value (one item), a list's elements in list order, a set's or sorted
 *                   set's members (sorted sets by score); empty for hashes and undecodable values
 * @param fields     a hash's fields by name (a server and its snapshot order them differently); empty
 *                   for other types
 * @param expiry     when the key expires, as evidence: "TTL 3599 s when read" (live), "expires at
 *                   2026-05-02T10:15:00Z" (a snapshot holds the absolute time); empty when it does not
 * @param idleSeconds seconds since the key was last touched, when the server tells (live only)
 */
public record RedisEntry(String key, String type, List<byte[]> items, Map<String, byte[]> fields,
                         String expiry, OptionalLong idleSeconds) {

    public RedisEntry {
        items = List.copyOf(items);
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
    }

    /** A string value as text (UTF-8, malformed bytes replaced); empty for other types. */
    public String text() {
        return type.equals("string") && !items.isEmpty() ? new String(items.get(0), StandardCharsets.UTF_8) : "";
    }

    /** Every list element as text, in list order. */
    public List<String> itemTexts() {
        return items.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }
}
