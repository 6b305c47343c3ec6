package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.databind.JsonNode;
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
}
