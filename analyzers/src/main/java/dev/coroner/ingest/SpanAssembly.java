package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * @param id     a span's id
     * @param parent its parent's id, or empty for a root
     * @param start  its start time in any monotonic unit
     * @param at     where it was read
     */
    public SpanAssembly(Function<T, String> id, Function<T, String> parent, ToLongFunction<T> start,
                        Function<T, SourceRef> at) {
        this(id, parent, start, at, span -> false, (a, b) -> 0);
    }

    private SpanAssembly(Function<T, String> id, Function<T, String> parent, ToLongFunction<T> start,
                         Function<T, SourceRef> at, Predicate<T> hasRecordedOrder, Comparator<T> recordedOrder) {
        this.id = id;
        this.parent = parent;
        this.start = start;
        this.at = at;
        this.hasRecordedOrder = hasRecordedOrder;
        this.recordedOrder = recordedOrder;
    }

    /**
     * This assembly, ordering a trace by the order the producer recorded (LangSmith's
     * {@code dotted_order}) when every span of the trace has one, and by start time otherwise.
     */
    public SpanAssembly<T> recordedOrder(Predicate<T> has, Comparator<T> order) {
        return new SpanAssembly<>(id, parent, start, at, has, order);
    }

    /**
     * One session per session key, the traces that share it merged into one timeline (OTLP spans,
     * where every span of many traces may carry the conversation id).
     *
     * Each session is reported {@linkplain ImportContext#completed completed} once its steps are made,
     * and its spans are let go: {@code traces} is emptied as it is read, so the caller should hold the
     * spans nowhere else.
     *
     * @param traces spans by trace id, both in input order; emptied
     * @param key    the session of a trace, from its spans in input order
     */
    public void bySession(Map<String, List<T>> traces, BiFunction<String, List<T>, SessionKey> key,
                          ImportContext context, Consumer<SpanTimeline<T>> steps) {
        Map<String, List<T>> bySession = new LinkedHashMap<>();
        Map<String, SessionKey> keys = new LinkedHashMap<>();
        Set<T> orphans = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, List<T>> trace : traces.entrySet()) {
            SessionKey session = key.apply(trace.getKey(), trace.getValue());
            bySession.computeIfAbsent(session.id(), k -> new ArrayList<>()).addAll(trace.getValue());
            keys.putIfAbsent(session.id(), session);
            orphans.addAll(orphans(trace.getValue()));
        }
        traces.clear();
        for (var sessions = bySession.entrySet().iterator(); sessions.hasNext(); ) {
            Map.Entry<String, List<T>> session = sessions.next();
            sessions.remove();
            SpanTimeline<T> timeline = timeline(keys.get(session.getKey()), order(session.getValue()), orphans, context);
            steps.accept(timeline);
            context.completed(timeline.session());
        }
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
