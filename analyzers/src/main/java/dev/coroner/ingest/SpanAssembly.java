package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Turns the spans (runs, observations) of span formats into sessions, the part every span importer
 * shares: group the traces into sessions, mark where each session id came from, put the spans into
 * execution order ({@link SpanOrder}), find the parents the input does not hold, and give each
 * session one {@link ToolCallPairing}. The importer keeps only its own mapping of records to spans
 * and of spans to steps, which it does in the {@link SpanTimeline} it is handed.
 *
 * @param <T> the format's span record
 */
public final class SpanAssembly<T> {

    private final Function<T, String> id;
    private final Function<T, String> parent;
    private final ToLongFunction<T> start;
    private final Function<T, SourceRef> at;
    private final Predicate<T> hasRecordedOrder;
    private final Comparator<T> recordedOrder;
    private final List<String> sessionKeys;
    private final BiFunction<T, String, String> text;
    private final SpanCodec<T> codec;

    /**
     * @param id     a span's id
     * @param parent its parent's id, or empty for a root
     * @param start  its start time in any monotonic unit
     * @param at     where it was read
     */
    public SpanAssembly(Function<T, String> id, Function<T, String> parent, ToLongFunction<T> start,
                        Function<T, SourceRef> at) {
        this(id, parent, start, at, span -> false, (a, b) -> 0, List.of(), (span, key) -> "", null);
    }

    private SpanAssembly(Function<T, String> id, Function<T, String> parent, ToLongFunction<T> start,
                         Function<T, SourceRef> at, Predicate<T> hasRecordedOrder, Comparator<T> recordedOrder,
                         List<String> sessionKeys, BiFunction<T, String, String> text, SpanCodec<T> codec) {
        this.id = id;
        this.parent = parent;
        this.start = start;
        this.at = at;
        this.hasRecordedOrder = hasRecordedOrder;
        this.recordedOrder = recordedOrder;
        this.sessionKeys = List.copyOf(sessionKeys);
        this.text = text;
        this.codec = codec;
    }

    /**
     * This assembly, ordering a trace by the order the producer recorded (LangSmith's
     * {@code dotted_order}) when every span of the trace has one, and by start time otherwise.
     */
    public SpanAssembly<T> recordedOrder(Predicate<T> has, Comparator<T> order) {
        return new SpanAssembly<>(id, parent, start, at, has, order, sessionKeys, text, codec);
    }

    /**
     * This assembly, grouping by session through {@link SpanPartitions}: a trace's session is the value
     * of the first of {@code sessionKeys} that one of its spans (in input order) carries, else the trace
     * id; spans past the memory budget are written with {@code codec} and read back when their session
     * is made.
     *
     * @param sessionKeys the attributes that name a session, first the one that wins
     * @param text        a span's value of an attribute, empty when it has none
     */
    public SpanAssembly<T> bySessionKeys(List<String> sessionKeys, BiFunction<T, String, String> text,
                                         SpanCodec<T> codec) {
        return new SpanAssembly<>(id, parent, start, at, hasRecordedOrder, recordedOrder, sessionKeys, text,
                Objects.requireNonNull(codec));
    }

    /**
     * An empty collection of one input's spans, holding them up to the context's span budget and
     * shuffling them into {@link SpanPartitions#PARTITIONS} partitions past it.
     */
    public SpanPartitions<T> partitions(ImportContext context) {
        return partitions(context, SpanPartitions.PARTITIONS);
    }

    /** {@link #partitions(ImportContext)} with {@code count} partitions when the input is shuffled. */
    SpanPartitions<T> partitions(ImportContext context, int count) {
        if (codec == null) {
            throw new IllegalStateException("partitions need bySessionKeys");
        }
        return new SpanPartitions<>(this, codec, context.spanBudget(), context.spillParent(), count);
    }

    SpanPartitions.Head<T> head(T span, long seq) {
        String[] keys = null;
        for (int i = 0; i < sessionKeys.size(); i++) {
            String value = text.apply(span, sessionKeys.get(i));
            if (!value.isEmpty()) {
                if (keys == null) {
                    keys = new String[sessionKeys.size()];
                }
                keys[i] = value;
            }
        }
        return new SpanPartitions.Head<>(id.apply(span), parent.apply(span), start.applyAsLong(span), keys, seq);
    }

    /**
     * One session per session key, the traces that share it merged into one timeline (OTLP spans,
     * where every span of many traces may carry the conversation id). The heads are grouped and put in
     * order; a session's spans are taken from {@code spans} (read back when spilled) only while it is
     * made.
     *
     * Each session is reported {@linkplain ImportContext#completed completed} once its steps are made,
     * and its spans are let go: {@code spans} is emptied as it is read, so the caller should hold the
     * spans nowhere else. Sessions are completed in the order they first appear in the input; once the
     * input is shuffled ({@link SpanPartitions}), in that order within each session partition, one
     * partition after the other (the loader sorts its sessions by id).
     *
     * <p>The steps of a few sessions are made at once on helper threads ({@code steps} touches only its
     * timeline and what nothing writes while sessions are assembled); the timelines are made, and the
     * sessions completed, on this thread in session order, as one at a time would.
     */
    public void bySession(SpanPartitions<T> spans, ImportContext context, Consumer<SpanTimeline<T>> steps) {
        bySession(spans, context, steps, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    }

    /** {@link #bySession} with the steps made on {@code helpers} threads (on the calling thread when below 2). */
    void bySession(SpanPartitions<T> spans, ImportContext context, Consumer<SpanTimeline<T>> steps, int helpers) {
        StepMaker<T> maker = new StepMaker<>(steps, context, helpers);
        try {
            if (spans.shuffled()) {
                // Every trace of a session is in one session partition: the sessions of each partition are
                // whole, and made in the order they first appear in the input.
                spans.routeBySession(this::sessionKey);
                for (int p = 0; p < spans.partitions(); p++) {
                    assemble(spans.sessionPartition(p), spans, context, maker);
                }
            } else {
                List<SpanPartitions.Trace<T>> traces = new ArrayList<>(spans.traces().size());
                for (Map.Entry<String, List<SpanPartitions.Head<T>>> trace : spans.traces().entrySet()) {
                    traces.add(new SpanPartitions.Trace<>(sessionKey(trace.getKey(), trace.getValue()), trace.getValue()));
                }
                spans.traces().clear();
                assemble(traces, spans, context, maker);
            }
            maker.finish();
        } finally {
            maker.shutdown();
        }
    }

    /** Makes the sessions of {@code traces} (in the order they first appear): one per session key. */
    private void assemble(List<SpanPartitions.Trace<T>> traces, SpanPartitions<T> spans, ImportContext context,
                          StepMaker<T> maker) {
        Map<String, List<SpanPartitions.Head<T>>> bySession = new LinkedHashMap<>();
        Map<String, SessionKey> keys = new LinkedHashMap<>();
        Set<SpanPartitions.Head<T>> orphans = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SpanPartitions.Trace<T> trace : traces) {
            SessionKey session = trace.key();
            bySession.computeIfAbsent(session.id(), k -> new ArrayList<>()).addAll(trace.heads());
            keys.putIfAbsent(session.id(), session);
            Set<String> missing = SpanOrder.missingParents(trace.heads(), SpanPartitions.Head::id, SpanPartitions.Head::parent);
            trace.heads().stream().filter(h -> missing.contains(h.parent())).forEach(orphans::add);
        }
        traces.clear();
        timelines(bySession, keys, orphans, spans, context, maker);
    }

    private void timelines(Map<String, List<SpanPartitions.Head<T>>> bySession, Map<String, SessionKey> keys,
                           Set<SpanPartitions.Head<T>> orphans, SpanPartitions<T> spans, ImportContext context,
                           StepMaker<T> maker) {
        for (var sessions = bySession.entrySet().iterator(); sessions.hasNext(); ) {
            Map.Entry<String, List<SpanPartitions.Head<T>>> session = sessions.next();
            sessions.remove();
            List<SpanPartitions.Head<T>> heads = SpanOrder.order(session.getValue(), SpanPartitions.Head::id, SpanPartitions.Head::parent,
                    h -> h.start);
            List<T> ordered = new ArrayList<>(heads.size());
            Set<T> orphaned = Collections.newSetFromMap(new IdentityHashMap<>());
            for (SpanPartitions.Head<T> head : heads) {
                T span = spans.take(head);
                ordered.add(span);
                if (orphans.remove(head)) {
                    orphaned.add(span);
                }
            }
            SpanTimeline<T> timeline = timeline(keys.get(session.getKey()), ordered, orphaned, context);
            maker.make(timeline);
        }
    }

    /**
     * Makes the steps of sessions on helper threads, a bounded window of sessions at a time, and
     * completes them in the order they were given; on one core, each at once on the calling thread.
     */
    private static final class StepMaker<T> {
        private final Consumer<SpanTimeline<T>> steps;
        private final ImportContext context;
        private final ExecutorService pool;
        private final int window;
        private final ArrayDeque<Map.Entry<SessionBuilder, Future<?>>> made = new ArrayDeque<>();

        StepMaker(Consumer<SpanTimeline<T>> steps, ImportContext context, int helpers) {
            this.steps = steps;
            this.context = context;
            this.pool = helpers < 2 ? null : Executors.newFixedThreadPool(helpers,
                    Futures.helpers("coroner-assembly"));
            this.window = 2 * helpers;
        }

        void make(SpanTimeline<T> timeline) {
            if (pool == null) {
                steps.accept(timeline);
                context.completed(timeline.session());
                return;
            }
            made.add(Map.entry(timeline.session(), pool.submit(() -> steps.accept(timeline))));
            while (made.size() > window) {
                completeFirst();
            }
        }

        private void completeFirst() {
            Map.Entry<SessionBuilder, Future<?>> first = made.poll();
            Futures.join(first.getValue(), "interrupted while assembling sessions");
            context.completed(first.getKey());
        }

        /** Completes the sessions still being made, in order. */
        void finish() {
            while (!made.isEmpty()) {
                completeFirst();
            }
        }

        void shutdown() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    SessionKey sessionKey(String traceId, List<SpanPartitions.Head<T>> heads) {
        for (int i = 0; i < sessionKeys.size(); i++) {
            for (SpanPartitions.Head<T> head : heads) {
                if (head.keys != null && head.keys[i] != null) {
                    return SessionKey.recorded(head.keys[i], sessionKeys.get(i));
                }
            }
        }
        return SessionKey.traceId(traceId);
    }

    /**
     * One timeline per trace (run and observation exports, where a conversation's turns are traces of
     * their own); traces with the same session key add to the same session.
     *
     * @param traces spans by trace id, both in input order
     * @param key    the session of a trace, from its spans in execution order
     */
    public void byTrace(Map<String, List<T>> traces, BiFunction<String, List<T>, SessionKey> key,
                        ImportContext context, Consumer<SpanTimeline<T>> steps) {
        for (Map.Entry<String, List<T>> trace : traces.entrySet()) {
            List<T> ordered = order(trace.getValue());
            steps.accept(timeline(key.apply(trace.getKey(), ordered), ordered, orphans(ordered), context));
        }
    }

    /** Records on a step that the source content of its span could not be read as messages. */
    public static void markUnreadContent(Map<String, JsonNode> attributes, RecordException problem) {
        attributes.put(EvidenceMarks.UNREAD_CONTENT, TextNode.valueOf(problem.getMessage()));
    }

    private SpanTimeline<T> timeline(SessionKey key, List<T> ordered, Set<T> orphans, ImportContext context) {
        SessionBuilder session = context.session(key.id(),
                Objects.requireNonNullElseGet(key.firstSeen(), () -> at.apply(ordered.get(0))));
        key.mark(session);
        return new SpanTimeline<>(session, ordered, orphans, parent);
    }

    private List<T> order(List<T> spans) {
        if (spans.stream().allMatch(hasRecordedOrder)) {
            return spans.stream().sorted(recordedOrder).toList();
        }
        return SpanOrder.order(spans, id, parent, start);
    }

    private Set<T> orphans(List<T> trace) {
        Set<String> missing = SpanOrder.missingParents(trace, id, parent);
        Set<T> orphans = Collections.newSetFromMap(new IdentityHashMap<>());
        trace.stream().filter(span -> missing.contains(parent.apply(span))).forEach(orphans::add);
        return orphans;
    }
}
