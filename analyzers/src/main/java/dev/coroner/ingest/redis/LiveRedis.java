package dev.coroner.ingest.redis;

import dev.coroner.ingest.DatabaseUrls;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A live Redis server, read with read commands only: {@code SCAN} with {@code COUNT} (never
 * {@code KEYS}, so a production server is never blocked), {@code TYPE}, {@code GET},
 * {@code LRANGE}, {@code HGETALL}, {@code SMEMBERS}, {@code ZRANGE}, {@code JSON.GET} for
 * documents of the JSON module, {@code PTTL} and {@code OBJECT IDLETIME} (skipped where an ACL
 * denies it). Never a write, never {@code CONFIG}. {@code redis://} and {@code rediss://} (TLS)
 * URLs, with {@code user:password@} and {@code /db} as usual.
 */
public final class LiveRedis implements RedisKeyspace {

    /** Keys asked for per SCAN call: a hint to the server, which answers in small slices. */
    static final int SCAN_COUNT = 500;

    private final Jedis jedis;
    private final String shown;

    public LiveRedis(String url) throws IOException {
        this.shown = DatabaseUrls.redact(url);
        try {
            this.jedis = new Jedis(URI.create(url));
            jedis.ping();
        } catch (IllegalArgumentException | JedisException e) {
            throw new IOException("cannot connect to " + shown + ": " + firstLine(e), e);
        }
    }

    @Override
    public void forEach(Consumer<RedisEntry> action) throws IOException {
        try {
            String cursor = ScanParams.SCAN_POINTER_START;
            ScanParams params = new ScanParams().count(SCAN_COUNT);
            List<String> keys = new ArrayList<>();
            do {
                ScanResult<byte[]> page = jedis.scan(cursor.getBytes(StandardCharsets.UTF_8), params);
                page.getResult().forEach(k -> keys.add(new String(k, StandardCharsets.UTF_8)));
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            // SCAN may return a key twice; its order is the server's hash order, so sort for stable reports.
            keys.stream().distinct().sorted().forEach(key -> action.accept(read(key)));
        } catch (JedisException e) {
            throw new IOException("cannot read " + shown + ": " + firstLine(e), e);
        }
    }

    private RedisEntry read(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        String type = jedis.type(k);
        List<byte[]> items = new ArrayList<>();
        Map<String, byte[]> fields = new LinkedHashMap<>();
        switch (type) {
            case "string" -> {
                byte[] value = jedis.get(k);
                if (value != null) {
                    items.add(value);
                }
            }
            case "list" -> items.addAll(jedis.lrange(k, 0, -1));
            case "hash" -> jedis.hgetAll(k).forEach((f, v) -> fields.put(new String(f, StandardCharsets.UTF_8), v));
            case "set" -> items.addAll(jedis.smembers(k).stream().sorted(java.util.Arrays::compare).toList());
            case "zset" -> items.addAll(jedis.zrange(k, 0, -1));
            case "ReJSON-RL" -> {
                Object json = jedis.sendCommand(() -> "JSON.GET".getBytes(StandardCharsets.US_ASCII), k);
                if (json instanceof byte[] bytes) {
                    items.add(bytes);
                    type = "string";
                }
            }
            default -> {
                // streams and other module types: kept as a typed key with no value
            }
        }
        long pttl = jedis.pttl(k);
        String expiry = pttl >= 0 ? "TTL " + (pttl + 999) / 1000 + " s when read" : "";
        OptionalLong idle = OptionalLong.empty();
        try {
            Long seconds = jedis.objectIdletime(k);
            if (seconds != null) {
                idle = OptionalLong.of(seconds);
            }
        } catch (JedisDataException e) {
            // OBJECT is denied by the ACL, or the server's eviction policy keeps no idle time
        }
        return new RedisEntry(key, type, items, fields, expiry, idle);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        jedis.close();
    }
}
