package dev.coroner.ingest.redis;

import dev.coroner.ingest.DatabaseImporter;
import dev.coroner.ingest.FileImporter;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.TraceInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Agent state kept in Redis: a live server ({@code redis://…}, {@code rediss://…}), read with read
 * commands only, or a {@code dump.rdb} snapshot (recognised by its {@code REDIS} magic), parsed
 * offline. Both feed the same {@link RedisLayouts}, so a server and its snapshot give the same
 * sessions.
 */
public final class RedisImporter implements FileImporter, DatabaseImporter {

    public static final String NAME = "redis";

    private final RedisLayouts layouts;

    /** @param keyPatterns {@code --redis-key} patterns for a team's own checkpoint keys */
    public RedisImporter(List<String> keyPatterns) {
        this.layouts = new RedisLayouts(keyPatterns);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Redis: a live server given as redis://… or rediss://… (read commands only), or a dump.rdb snapshot";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the key of a LangChain chat history; {session} of a --redis-key pattern",
                List.of("LangChain RedisChatMessageHistory lists (@langchain/redis, langchain_community):"
                                + " messages in conversation order, tool calls and results, a user message's name as"
                                + " its principal",
                        "a team's own checkpoints (--redis-key 'prefix:{session}:{step}'): JSON or msgpack strings"
                                + " and hashes as successive state snapshots, for state.field-dropped, schema drift,"
                                + " type changes and coroner diff",
                        "TTLs (and idle times from a live server) as evidence of a history that expired",
                        "keys that match no layout, counted and listed in the report"),
                List.of("model calls as such: a chat history records messages, so each assistant turn is a model"
                                + " call whose context is the history before it",
                        "the system prompt, which a chat history does not store",
                        "history trimmed with LTRIM: the dropped messages are gone from the list; only a TTL or"
                                + " a gap in the conversation shows it",
                        "values of module types (RedisJSON documents in a snapshot), kept as typed keys without"
                                + " a value"));
    }

    @Override
    public boolean recognises(Head head) {
        return RdbSnapshot.looksLikeRdb(head.bytes());
    }

    @Override
    public boolean recognisesUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("redis://") || lower.startsWith("rediss://");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        if (input.databaseUrl().isPresent()) {
            try (LiveRedis server = new LiveRedis(input.databaseUrl().get())) {
                layouts.read(server, input.name(), context);
            }
            return;
        }
        Path file = input.localFile().orElseThrow(() -> new IOException("a Redis snapshot is read from a file"));
        try (RdbSnapshot snapshot = new RdbSnapshot(file)) {
            layouts.read(snapshot, input.name(), context);
        }
    }
}
