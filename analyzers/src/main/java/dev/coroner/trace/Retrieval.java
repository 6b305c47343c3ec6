package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A lookup of memory, history or documents.
 *
 * @param query     the query, or empty
 * @param store     where items came from (memory, history, an index name), or empty
 * @param documents what came back
 * @param error     error reported by the retriever, or empty
 */
public record Retrieval(int index, SourceRef source, String agent, String query, String store,
                        List<Document> documents, String error, Map<String, JsonNode> attributes) implements Step {
    public Retrieval {
        documents = List.copyOf(documents);
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "retrieval";
    }
}
