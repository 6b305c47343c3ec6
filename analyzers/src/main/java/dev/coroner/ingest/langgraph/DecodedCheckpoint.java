package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.trace.Checkpoint;
import java.util.List;

/**
 * One checkpoint row as a reader decoded it, whatever the database: the checkpoint object with
 * its {@code channel_values} filled in, the metadata, and the writes stored under it.
 *
 * @param thread      thread id
 * @param namespace   checkpoint namespace ({@code ""} for the root graph)
 * @param id          checkpoint id
 * @param parentId    parent checkpoint id, or empty
 * @param checkpoint  the decoded checkpoint object ({@code v}, {@code ts}, {@code channel_values}, …)
 * @param metadata    the decoded metadata object
 * @param writes      writes stored under this checkpoint, in (task, index) order
 * @param undecodable notes about values that could not be decoded
 */
record DecodedCheckpoint(String thread, String namespace, String id, String parentId, JsonNode checkpoint,
                         JsonNode metadata, List<Checkpoint.Write> writes, List<String> undecodable) {
    DecodedCheckpoint {
        parentId = parentId == null ? "" : parentId;
        writes = List.copyOf(writes);
        undecodable = List.copyOf(undecodable);
    }

    /**
     * Rebuilds a checkpoint's {@code channel_values} the way the savers do: the values it holds inline,
     * then, for every channel it lists in {@code channel_versions} without an inline value, the stored
     * value of that channel at that version ({@code blob} gives it decoded, or null when none is stored
     * or it is stored as {@code empty}).
     */
    static void fillChannelValues(ObjectNode checkpoint, java.util.function.BiFunction<String, String, JsonNode> blob) {
        ObjectNode values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (checkpoint.path("channel_values").isObject()) {
            values.setAll((ObjectNode) checkpoint.path("channel_values"));
        }
        for (java.util.Map.Entry<String, JsonNode> version : checkpoint.path("channel_versions").properties()) {
            if (values.has(version.getKey())) {
                continue;
            }
            JsonNode value = blob.apply(version.getKey(), version.getValue().asText());
            if (value != null) {
                values.set(version.getKey(), value);
            }
        }
        checkpoint.set("channel_values", values);
    }
}
