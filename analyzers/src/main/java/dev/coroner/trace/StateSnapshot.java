package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The state of one namespace after a write or checkpoint.
 *
 * @param namespace which state store / graph namespace; snapshots compare within one namespace
 * @param state     the whole state after this write (patches already applied); never mutated
 * @param version   schema / version marker the source recorded, or empty
 * @param deleted   dotted paths this write removed on purpose
 */
public record StateSnapshot(int index, SourceRef source, String agent, String namespace, JsonNode state,
                            String version, List<String> deleted, Map<String, JsonNode> attributes) implements Step {
    public StateSnapshot {
        deleted = List.copyOf(deleted);
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "state";
    }
}
