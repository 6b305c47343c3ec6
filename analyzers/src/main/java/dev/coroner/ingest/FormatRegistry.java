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
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The known trace formats, in sniffing order, and which database URLs they read. A new format,
 * database formats included, is one importer class plus one line in {@link #standard()}.
 */
public final class FormatRegistry {

    private static final Pattern CORONER_REPORT = Pattern.compile(
            "\\A\\s*\\{\\s*\"tool\"\\s*:\\s*\"coroner\"\\s*,\\s*\"report_version\"");

    private final List<Slot> slots;

    public FormatRegistry(List<TraceImporter> importers) {
        this.slots = importers.stream().map(Slot::of).toList();
    }

    private FormatRegistry(Slot... slots) {
        this.slots = List.of(slots);
    }

    /** Every format coroner reads. */
    public static FormatRegistry standard() {
        return standard(List.of());
    }

    /**
     * Every format coroner reads, with a team's own Redis checkpoint key patterns ({@code --redis-key}).
     * An importer is created when first asked for: reading a coroner trace needs the first one only,
     * and creating all sixteen costs a short run about 40 ms.
     */
    public static FormatRegistry standard(List<String> redisKeyPatterns) {
        // A team's patterns are checked here, so that a bad one is refused before any input is read.
        Slot redis = redisKeyPatterns.isEmpty()
                ? new Slot(RedisImporter.class, () -> new RedisImporter(List.of()))
                : Slot.of(new RedisImporter(redisKeyPatterns));
        return new FormatRegistry(
                new Slot(CoronerJsonlImporter.class, CoronerJsonlImporter::new),
                new Slot(LangGraphSqliteImporter.class, LangGraphSqliteImporter::new),
                new Slot(Ag2RuntimeLogImporter.class, Ag2RuntimeLogImporter::new),
                new Slot(LangGraphPostgresImporter.class, LangGraphPostgresImporter::new),
                redis,
                new Slot(OpenAiAgentsImporter.class, OpenAiAgentsImporter::new),
                new Slot(Ag2FileLogImporter.class, Ag2FileLogImporter::new),
                new Slot(LangSmithImporter.class, LangSmithImporter::new),
                new Slot(LangfuseImporter.class, LangfuseImporter::new),
                new Slot(OpenInferenceImporter.class, OpenInferenceImporter::new),
                new Slot(OtelImporter.class, OtelImporter::new),
                new Slot(MagenticOneImporter.class, MagenticOneImporter::new),
                new Slot(Ag2GroupChatImporter.class, Ag2GroupChatImporter::new),
                new Slot(AgentStateImporter.class, AgentStateImporter::new),
                new Slot(AgentChatImporter.class, AgentChatImporter::new),
                // Most generic last: anything with a role-tagged message list.
                new Slot(ChatTranscriptImporter.class, ChatTranscriptImporter::new));
    }

    public List<TraceImporter> importers() {
        return stream().toList();
    }

    public Optional<TraceImporter> byName(String name) {
        return stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The first importer that recognises the head, if any. */
    public Optional<TraceImporter> detect(Head head) {
        return stream().filter(i -> i.recognises(head)).findFirst();
    }

    /** The first database importer that reads the database at this URL, if any. */
    public Optional<DatabaseImporter> forUrl(String url) {
        // The class says whether an importer reads databases, so the file importers are not created.
        return slots.stream().filter(s -> DatabaseImporter.class.isAssignableFrom(s.type)).map(Slot::get)
                .map(DatabaseImporter.class::cast).filter(d -> d.recognisesUrl(url)).findFirst();
    }

    /** True when an argument is a database URL some importer reads, not a path. */
    public boolean isDatabaseUrl(String argument) {
        return forUrl(argument).isPresent();
    }

    /** Format names, comma-separated, for "looked for: …" messages. */
    public String names() {
        return stream().map(TraceImporter::name).collect(Collectors.joining(", "));
    }

    /** True when the head is a JSON report written by coroner itself (not evidence). */
    public static boolean isCoronerReport(Head head) {
        return CORONER_REPORT.matcher(head.text()).lookingAt();
    }

    /** The importers in order, each created when the stream reaches it. */
    private Stream<TraceImporter> stream() {
        return slots.stream().map(Slot::get);
    }

    /** One format's importer, created at most once. */
    private static final class Slot {
        private final Class<? extends TraceImporter> type;
        private final Supplier<? extends TraceImporter> factory;
        private TraceImporter importer;

        Slot(Class<? extends TraceImporter> type, Supplier<? extends TraceImporter> factory) {
            this.type = type;
            this.factory = factory;
        }

        static Slot of(TraceImporter importer) {
            Slot slot = new Slot(importer.getClass(), () -> importer);
            slot.importer = importer;
            return slot;
        }

        synchronized TraceImporter get() {
            if (importer == null) {
                importer = factory.get();
            }
            return importer;
        }
    }
}
