package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the steps of one session while an importer streams its input, interning messages by
 * content so that a context repeated across model calls is stored once. Not thread-safe: one
 * importer fills one builder at a time.
 */
public final class SessionBuilder {

    private final String id;
    private final SourceRef source;
    private String principal = "";
    /** The principal in effect from each step index on, as the records said it changed. */
    private final java.util.TreeMap<Integer, String> principalChanges = new java.util.TreeMap<>();
    private Outcome outcome = Outcome.UNKNOWN;
    private String failure = "";
    private final List<Step> steps = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, Integer> byDigest = new HashMap<>();
    private final Map<String, JsonNode> attributes = new TreeMap<>();

    public SessionBuilder(String id, SourceRef source) {
        this.id = id;
        this.source = source;
    }

    /**
     * A builder that continues a session built before (a session completed in one input and named
     * again in a later one): the same steps, messages and intern table, so that what is added next is
     * what would have been added to the first builder.
     */
    public static SessionBuilder resume(Session session) {
        SessionBuilder builder = new SessionBuilder(session.id(), session.source());
        builder.principal = session.principal();
        builder.principalChanges.putAll(session.principalChanges());
        builder.outcome = session.outcome();
        builder.failure = session.failure();
        builder.steps.addAll(session.steps());
        for (Message message : session.messages()) {
            builder.messages.add(message);
            builder.byDigest.put(message.digest(), message.id());
        }
        builder.attributes.putAll(session.attributes());
        return builder;
    }

    public String id() {
        return id;
    }

    public String principal() {
        return principal;
    }

    /** Sets the principal; the first non-empty value wins, a different later one is kept as an attribute. */
    public void principal(String value, SourceRef at) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (principalChanges.isEmpty() || !principalChanges.lastEntry().getValue().equals(value)) {
            principalChanges.put(steps.size(), value);
        }
        if (value.equals(principal)) {
            return;
        }
        if (principal.isEmpty()) {
            principal = value;
        } else {
            attributes.put("principal@" + at.fileAndLine(), com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
        }
    }

    public void outcome(Outcome value, String error) {
        outcome = value;
        if (error != null && !error.isEmpty()) {
            failure = error;
        }
    }

    public void attribute(String name, JsonNode value) {
        attributes.put(name, value);
    }

    /** The index the next step will get. */
    public int nextIndex() {
        return steps.size();
    }

    /**
     * Interns a message and returns its id. A message seen before keeps its first provenance;
     * a new one is recorded as introduced by the step at {@code stepIndex}.
     */
    public int intern(MessageDraft draft, int stepIndex) {
        String digest = digest(draft);
        Integer known = byDigest.get(digest);
        if (known != null) {
            return known;
        }
        int messageId = messages.size();
        messages.add(new Message(messageId, draft.role(), draft.name(), draft.text(), draft.toolCalls(),
                draft.toolCallId(), digest, stepIndex, draft.verbatim()));
        byDigest.put(digest, messageId);
        return messageId;
    }

    public List<Integer> internAll(List<MessageDraft> drafts, int stepIndex) {
        List<Integer> ids = new ArrayList<>(drafts.size());
        for (MessageDraft draft : drafts) {
            ids.add(intern(draft, stepIndex));
        }
        return ids;
    }

    /**
     * Where a model call's context, as its drafts hold it, differs from the interned messages' recorded
     * text (the same tool output held as another string in this call): position → the text as this
     * call's record holds it. Usually empty.
     */
    public Map<Integer, String> verbatim(List<MessageDraft> drafts, List<Integer> ids) {
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < drafts.size() && i < ids.size(); i++) {
            String recorded = drafts.get(i).recordedText();
            if (!recorded.equals(messages.get(ids.get(i)).recordedText())) {
                out.put(i, recorded);
            }
        }
        return out;
    }

    public void add(Step step) {
        if (step.index() != steps.size()) {
            throw new IllegalArgumentException("step index " + step.index() + " != " + steps.size());
        }
        steps.add(step);
    }

    /** The latest snapshot of a namespace, if any: the base a patch applies to. */
    public StateSnapshot lastState(String namespace) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof StateSnapshot s && s.namespace().equals(namespace)) {
                return s;
            }
        }
        return null;
    }

    public Session build() {
        return new Session(id, principal, outcome, failure, source, steps, messages, attributes, principalChanges);
    }

    /**
     * Content hash of a message. The speaker name is left out for tool messages, whose name some
     * sources record and others omit, so that a tool result and its echo in a later context
     * intern to the same message.
     */
    static String digest(MessageDraft m) {
        StringBuilder key = new StringBuilder();
        key.append(m.role()).append('\u0000');
        key.append("tool".equals(m.role()) ? "" : m.name()).append('\u0000');
        key.append(m.text()).append('\u0000');
        key.append(m.toolCallId()).append('\u0000');
        for (ToolInvocation call : m.toolCalls()) {
            key.append(call.id()).append('\u0001').append(call.name()).append('\u0001')
                    .append(canonicalArguments(call.arguments())).append('\u0002');
        }
        return Sha256.hex(key.toString());
    }

    private static String canonicalArguments(JsonNode arguments) {
        if (arguments == null) {
            return "";
        }
        if (arguments.isTextual()) {
            JsonNode parsed = TraceJson.tryParse(arguments.asText());
            return parsed != null ? JsonValues.canonical(parsed) : arguments.asText();
        }
        return JsonValues.canonical(arguments);
    }
}
