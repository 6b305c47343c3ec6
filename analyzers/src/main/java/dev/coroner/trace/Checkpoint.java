package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a checkpointer recorded about a state snapshot besides the state: the checkpoint's identity,
 * its parent link, how it was made, and the writes of the step that started from it. A snapshot
 * that came from a checkpoint carries this in its attribute {@value #ATTRIBUTE}, so that
 * {@link StateSnapshot} keeps its shape for every source; {@link #of} reads it back. In coroner
 * JSONL a state event may carry the same object in a top-level {@code "checkpoint"} field.
 *
 * @param id              checkpoint id
 * @param parentId        the checkpoint this one continues (same thread and namespace), or empty
 * @param source          how it was made ({@code input}, {@code loop}, {@code update}, {@code fork}), or empty
 * @param step            the checkpointer's step counter, if recorded
 * @param format          the checkpoint format version ({@code v}), or empty
 * @param principal       the user the checkpoint was written for (from metadata or state), or empty
 * @param channelVersions every channel's version, internal channels included
 * @param writes          writes of the tasks of the step that started from this checkpoint; those
 *                        of the newest checkpoint, with no child, are pending
 * @param pendingSends    packets sent to tasks that had not run yet (format v1 to v3)
 * @param undecodable     values that could not be decoded, each "where: why"
 * @param metadata        the remaining metadata, as recorded
 */
public record Checkpoint(String id, String parentId, String source, OptionalLong step, String format, String principal,
                         Map<String, String> channelVersions, List<Write> writes, List<JsonNode> pendingSends,
                         List<String> undecodable, JsonNode metadata) {

    /** The snapshot attribute holding a checkpoint. */
    public static final String ATTRIBUTE = "checkpoint";

    /** LangGraph's special write channels (fixed negative indices in the writes table). */
    public static final String INTERRUPT = "__interrupt__";
    public static final String RESUME = "__resume__";
    public static final String ERROR = "__error__";

    /**
     * One write of a task.
     *
     * @param task    the task id
     * @param index   the write's index within the task (negative for special channels)
     * @param channel the channel written
     * @param value   the value, decoded
     */
    public record Write(String task, int index, String channel, JsonNode value) {
    }

    public Checkpoint {
        parentId = parentId == null ? "" : parentId;
        source = source == null ? "" : source;
        format = format == null ? "" : format;
        principal = principal == null ? "" : principal;
        channelVersions = java.util.Collections.unmodifiableMap(new TreeMap<>(channelVersions));
        writes = List.copyOf(writes);
        pendingSends = List.copyOf(pendingSends);
        undecodable = List.copyOf(undecodable);
        metadata = metadata == null ? JsonNodeFactory.instance.objectNode() : metadata;
    }

    public boolean hasParent() {
        return !parentId.isEmpty();
    }

    /** Writes to one channel. */
    public List<Write> writesTo(String channel) {
        return writes.stream().filter(w -> w.channel().equals(channel)).toList();
    }

    /** The checkpoint as stored in a snapshot attribute: the model's own storage form, read back by {@link #of}. */
    public ObjectNode asAttribute() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode out = json.objectNode();
        out.put("id", id);
        out.set("parent", parentId.isEmpty() ? NullNode.getInstance() : json.textNode(parentId));
        out.put("source", source);
        if (step.isPresent()) {
            out.put("step", step.getAsLong());
        }
        out.put("format", format);
        if (!principal.isEmpty()) {
            out.put("principal", principal);
        }
        ObjectNode versions = out.putObject("channel_versions");
        channelVersions.forEach(versions::put);
        ArrayNode writeArray = out.putArray("writes");
        for (Write write : writes) {
            ObjectNode w = writeArray.addObject();
            w.put("task", write.task());
            w.put("idx", write.index());
            w.put("channel", write.channel());
            w.set("value", write.value());
        }
        if (!pendingSends.isEmpty()) {
            out.putArray("pending_sends").addAll(pendingSends);
        }
        if (!undecodable.isEmpty()) {
            ArrayNode notes = out.putArray("undecodable");
            undecodable.forEach(notes::add);
        }
        out.set("metadata", metadata);
        return out;
    }

    /**
     * The checkpoint a snapshot came from, if it carries one. Lenient: the attribute may come from
     * an untrusted trace, so fields of the wrong type are read as absent, never as an error.
     */
    public static Optional<Checkpoint> of(StateSnapshot snapshot) {
        JsonNode node = snapshot.attributes().get(ATTRIBUTE);
        if (node == null || !node.isObject() || !node.path("id").isTextual()) {
            return Optional.empty();
        }
        Map<String, String> versions = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("channel_versions").properties()) {
            versions.put(e.getKey(), e.getValue().asText());
        }
        List<Write> writes = new ArrayList<>();
        for (JsonNode w : node.path("writes")) {
            if (w.isObject() && w.path("channel").isTextual()) {
                writes.add(new Write(w.path("task").asText(""), w.path("idx").asInt(0), w.path("channel").asText(),
                        w.path("value")));
            }
        }
        List<JsonNode> sends = new ArrayList<>();
        node.path("pending_sends").forEach(sends::add);
        List<String> notes = new ArrayList<>();
        node.path("undecodable").forEach(n -> notes.add(n.asText()));
        JsonNode step = node.path("step");
        return Optional.of(new Checkpoint(node.path("id").asText(), text(node.path("parent")),
                text(node.path("source")), step.isIntegralNumber() ? OptionalLong.of(step.asLong()) : OptionalLong.empty(),
                text(node.path("format")), text(node.path("principal")), versions, writes, sends, notes,
                node.path("metadata").isObject() ? node.path("metadata") : null));
    }

    private static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : "";
    }
}
