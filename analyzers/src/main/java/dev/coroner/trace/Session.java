package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The unit of analysis: one conversation, thread or agent run.
 *
 * @param id        the session id exactly as the source names it (thread id, conversation id…)
 * @param principal the user / tenant the session acts for, or empty when the source does not say
 * @param outcome   how the run ended, as recorded
 * @param failure   what went wrong when the outcome is a failure, or empty
 * @param source    where the session was first seen
 * @param steps     steps in recorded order; {@code steps.get(i).index() == i}
 * @param messages  distinct messages; {@code messages.get(i).id() == i}
 * @param attributes session fields the importer did not map
 * @param principalChanges the principal the records name from each step index on (empty when they
 *                         name none): one session id can be used by several users in turn
 */
public record Session(String id, String principal, Outcome outcome, String failure, SourceRef source,
                      List<Step> steps, List<Message> messages, Map<String, JsonNode> attributes,
                      java.util.NavigableMap<Integer, String> principalChanges) {

    public Session {
        steps = List.copyOf(steps);
        messages = List.copyOf(messages);
        attributes = SortedMaps.copyOf(attributes);
        principalChanges = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(principalChanges));
    }

    /** A session whose records name at most one principal. */
    public Session(String id, String principal, Outcome outcome, String failure, SourceRef source,
                   List<Step> steps, List<Message> messages, Map<String, JsonNode> attributes) {
        this(id, principal, outcome, failure, source, steps, messages, attributes,
                principal.isEmpty() ? new java.util.TreeMap<>() : new java.util.TreeMap<>(Map.of(0, principal)));
    }

    /** The principal the records name at a step: the latest one named at or before it, else the session's. */
    public String principalAt(int step) {
        Map.Entry<Integer, String> entry = principalChanges.floorEntry(step);
        return entry != null ? entry.getValue() : principal;
    }

    public Message message(int id) {
        return messages.get(id);
    }

    public Step step(int index) {
        return steps.get(index);
    }

    public boolean hasPrincipal() {
        return !principal.isEmpty();
    }
}
