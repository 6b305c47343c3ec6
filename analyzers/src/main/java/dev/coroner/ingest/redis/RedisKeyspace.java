package dev.coroner.ingest.redis;

import java.io.IOException;
import java.util.function.Consumer;

/** The keys of a Redis database, read without changing it: a live server or a {@code dump.rdb} snapshot. */
public interface RedisKeyspace extends AutoCloseable {

    /** Every key, one at a time, with its value, type and expiry. */
    void forEach(Consumer<RedisEntry> action) throws IOException;

    @Override
    void close() throws IOException;
}
