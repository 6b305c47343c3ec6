package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.SessionBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One session's spans as {@link SpanAssembly} hands them to an importer: in execution order, with
 * the session they build, the one tool-call pairing they share, and which of them name a parent the
 * input does not hold. The importer maps each span to steps.
 */
public final class SpanTimeline<T> {

    private final SessionBuilder session;
    private final List<T> spans;
    private final Set<T> orphans;
    private final Function<T, String> parent;
    private final ToolCallPairing pairing = new ToolCallPairing();

    SpanTimeline(SessionBuilder session, List<T> spans, Set<T> orphans, Function<T, String> parent) {
        this.session = session;
        this.spans = List.copyOf(spans);
        this.orphans = orphans;
        this.parent = parent;
    }

    public SessionBuilder session() {
        return session;
    }

    /** The spans in execution order. */
    public List<T> spans() {
        return spans;
    }

    public ToolCallPairing pairing() {
        return pairing;
    }

    /** Marks a step's attributes when its span names a parent span that is not in the input. */
    public void markParentMissing(T span, Map<String, JsonNode> attributes) {
        if (orphans.contains(span)) {
            attributes.put(EvidenceMarks.PARENT_MISSING, TextNode.valueOf(parent.apply(span)));
        }
    }
}
