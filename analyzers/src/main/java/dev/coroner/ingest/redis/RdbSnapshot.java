package dev.coroner.ingest.redis;

import com.moilioncircle.redis.replicator.Configuration;
import com.moilioncircle.redis.replicator.FileType;
import com.moilioncircle.redis.replicator.RedisReplicator;
import com.moilioncircle.redis.replicator.Replicator;
import com.moilioncircle.redis.replicator.rdb.datatype.ExpiredType;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueHash;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueList;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueModule;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueSet;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueStream;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueString;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyStringValueZSet;
import com.moilioncircle.redis.replicator.rdb.datatype.KeyValuePair;
import com.moilioncircle.redis.replicator.rdb.datatype.ZSetEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A {@code dump.rdb} snapshot, parsed offline by redis-replicator: no server, the file only read.
 * Keys are read in the order the snapshot holds them; an expiry is the absolute time the file holds.
 */
public final class RdbSnapshot implements RedisKeyspace {

    /** The first bytes of every RDB file. */
    public static final byte[] MAGIC = "REDIS".getBytes(StandardCharsets.US_ASCII);

    private final Path file;

    public RdbSnapshot(Path file) {
        this.file = file;
    }

    /** True when the bytes start like an RDB file: "REDIS" and a four-digit version. */
    public static boolean looksLikeRdb(byte[] head) {
        if (head.length < 9) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        for (int i = 5; i < 9; i++) {
            if (head[i] < '0' || head[i] > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void forEach(Consumer<RedisEntry> action) throws IOException {
        RuntimeException[] failure = {null};
        boolean[] complete = {false};
        Throwable[] parse = {null};
        try (InputStream in = Files.newInputStream(file)) {
            Replicator replicator = new RedisReplicator(in, FileType.RDB, Configuration.defaultSetting());
            replicator.addExceptionListener((r, error, event) -> parse[0] = error);
            replicator.addEventListener((r, event) -> {
                if (event instanceof com.moilioncircle.redis.replicator.event.PostRdbSyncEvent) {
                    complete[0] = true;
                }
                if (failure[0] != null || !(event instanceof KeyValuePair<?, ?> pair)) {
                    return;
                }
                try {
                    action.accept(entry(pair));
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            });
            replicator.open();
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot parse the RDB snapshot: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")), e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (!complete[0]) {
            throw new IOException("cannot parse the RDB snapshot: it ends before its end-of-file marker"
                    + (parse[0] != null && parse[0].getMessage() != null ? " (" + parse[0].getMessage().lines().findFirst()
                    .orElse("") + ")" : "") + "; expected a whole dump.rdb (a truncated or partly copied file?)");
        }
    }

    private RedisEntry entry(KeyValuePair<?, ?> pair) {
        String key = new String((byte[]) pair.getKey(), StandardCharsets.UTF_8);
        List<byte[]> items = new ArrayList<>();
        Map<String, byte[]> fields = new LinkedHashMap<>();
        String type;
        if (pair instanceof KeyStringValueString s) {
            type = "string";
            items.add(s.getValue());
        } else if (pair instanceof KeyStringValueList l) {
            type = "list";
            items.addAll(l.getValue());
        } else if (pair instanceof KeyStringValueHash h) {
            type = "hash";
            h.getValue().forEach((k, v) -> fields.put(new String(k, StandardCharsets.UTF_8), v));
        } else if (pair instanceof KeyStringValueSet s) {
            type = "set";
            items.addAll(s.getValue());
        } else if (pair instanceof KeyStringValueZSet z) {
            type = "zset";
            z.getValue().stream().sorted(Comparator.comparingDouble(ZSetEntry::getScore))
                    .forEach(e -> items.add(e.getElement()));
        } else if (pair instanceof KeyStringValueStream) {
            type = "stream";
        } else if (pair instanceof KeyStringValueModule m) {
            type = m.getValue() == null ? "module" : "module " + m.getValue().getClass().getSimpleName();
        } else {
            type = "unknown";
        }
        String expiry = "";
        if (pair.getExpiredType() != null && pair.getExpiredType() != ExpiredType.NONE && pair.getExpiredValue() != null) {
            long at = pair.getExpiredType() == ExpiredType.SECOND ? pair.getExpiredValue() * 1000 : pair.getExpiredValue();
            expiry = "expires at " + java.time.Instant.ofEpochMilli(at);
        }
        return new RedisEntry(key, type, items, fields, expiry, OptionalLong.empty());
    }

    @Override
    public void close() {
        // the file is opened and closed by forEach
    }
}
