package dev.coroner.ingest;

import dev.coroner.ingest.ag2.Ag2FileLogImporter;
import dev.coroner.ingest.ag2.Ag2RuntimeLogImporter;
import dev.coroner.ingest.autogen.AgentChatImporter;
import dev.coroner.ingest.autogen.AgentStateImporter;
import dev.coroner.ingest.chat.Ag2GroupChatImporter;
import dev.coroner.ingest.chat.ChatTranscriptImporter;
import dev.coroner.ingest.chat.MagenticOneImporter;
import dev.coroner.ingest.jsonl.CoronerJsonlImporter;
import dev.coroner.ingest.langfuse.LangfuseImporter;
import dev.coroner.ingest.langsmith.LangSmithImporter;
import dev.coroner.ingest.openai.OpenAiAgentsImporter;
import dev.coroner.ingest.openinference.OpenInferenceImporter;
import dev.coroner.ingest.otel.OtelImporter;
import dev.coroner.ingest.langgraph.LangGraphPostgresImporter;
import dev.coroner.ingest.langgraph.LangGraphSqliteImporter;
import dev.coroner.ingest.redis.RedisImporter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The known trace formats, in sniffing order, and which database URLs they read. A new format,
 * database formats included, is one importer class plus one line in {@link #standard()}.
 */
public final class FormatRegistry {

    private static final Pattern CORONER_REPORT = Pattern.compile(
            "\\A\\s*\\{\\s*\"tool\"\\s*:\\s*\"coroner\"\\s*,\\s*\"report_version\"");

    private final List<TraceImporter> importers;

    public FormatRegistry(List<TraceImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every format coroner reads. */
    public static FormatRegistry standard() {
        return standard(List.of());
    }

    /** Every format coroner reads, with a team's own Redis checkpoint key patterns ({@code --redis-key}). */
    public static FormatRegistry standard(List<String> redisKeyPatterns) {
        return new FormatRegistry(List.of(
                new CoronerJsonlImporter(),
                new LangGraphSqliteImporter(),
                new Ag2RuntimeLogImporter(),
                new LangGraphPostgresImporter(),
                new RedisImporter(redisKeyPatterns),
                new OpenAiAgentsImporter(),
                new Ag2FileLogImporter(),
                new LangSmithImporter(),
                new LangfuseImporter(),
                new OpenInferenceImporter(),
                new OtelImporter(),
                new MagenticOneImporter(),
                new Ag2GroupChatImporter(),
                new AgentStateImporter(),
                new AgentChatImporter(),
                // Most generic last: anything with a role-tagged message list.
                new ChatTranscriptImporter()));
    }

    public List<TraceImporter> importers() {
        return importers;
    }

    public Optional<TraceImporter> byName(String name) {
        return importers.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The first importer that recognises the head, if any. */
    public Optional<TraceImporter> detect(Head head) {
        return importers.stream().filter(i -> i.recognises(head)).findFirst();
    }

    /** The first database importer that reads the database at this URL, if any. */
    public Optional<DatabaseImporter> forUrl(String url) {
        return importers.stream().filter(i -> i instanceof DatabaseImporter d && d.recognisesUrl(url))
                .map(DatabaseImporter.class::cast).findFirst();
    }

    /** True when an argument is a database URL some importer reads, not a path. */
    public boolean isDatabaseUrl(String argument) {
        return forUrl(argument).isPresent();
    }

    /** Format names, comma-separated, for "looked for: …" messages. */
    public String names() {
        return importers.stream().map(TraceImporter::name).collect(Collectors.joining(", "));
    }

    /** True when the head is a JSON report written by coroner itself (not evidence). */
    public static boolean isCoronerReport(Head head) {
        return CORONER_REPORT.matcher(head.text()).lookingAt();
    }
}
