package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.ingest.ImportContext;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents of LangGraph's Redis checkpointer ({@code @langchain/langgraph-checkpoint-redis},
 * Python {@code langgraph-checkpoint-redis}), assembled into threads like the SQLite and PostgreSQL
 * checkpointers: {@code checkpoint:{thread}:{ns}:{id}} (the checkpoint, with only the channels it
 * changed inline), {@code checkpoint_blob:{thread}:{ns}:{channel}:{version}} (a channel's value at a
 * version) and {@code checkpoint_write:{thread}:{ns}:{id}:{task}:{idx}} (pending writes). The saver
 * writes an empty namespace as {@code "__empty__"} in some documents and {@code ""} in others; both
 * are the root graph here.
 */
public final class LangGraphRedisDocuments {

    /** Key prefixes of the saver's documents (and of its write index, read as part of the layout). */
    public static final List<String> PREFIXES = List.of("checkpoint:", "checkpoint_blob:", "checkpoint_write:",
            "write_keys_zset:", "checkpoint_latest:");

    private final List<Doc> checkpoints = new ArrayList<>();
    /** Checkpoint keys whose value could not be read (a module value in a snapshot), with why. */
    private final Map<String, String> opaque = new TreeMap<>();
    private final Map<String, JsonNode> blobs = new HashMap<>();
    private final Map<String, List<JsonNode>> writes = new HashMap<>();

    private record Doc(String key, JsonNode doc) {
    }

    /** True when the key is one the saver writes. */
    public static boolean isSaverKey(String key) {
        return PREFIXES.stream().anyMatch(key::startsWith);
    }

    /**
     * Takes a checkpoint document whose value cannot be read (a RedisJSON module value in a snapshot):
     * its thread, namespace and id come from the key, its content stays opaque and says why, so the
     * thread still shows the checkpoint and {@code evidence.checkpoint-undecodable} names it.
     */
    public boolean addOpaque(String key, String why) {
        if (!key.startsWith("checkpoint:") || key.split(":", -1).length < 4) {
            return key.startsWith("checkpoint_blob:") || key.startsWith("checkpoint_write:");
        }
        opaque.put(key, why);
        return true;
    }

    /** Takes one document (a RedisJSON value or the same JSON stored as a string); false when it is not one. */
    public boolean add(String key, JsonNode doc) {
        if (key.startsWith("write_keys_zset:") || key.startsWith("checkpoint_latest:")) {
            return true; // the saver's own indexes: nothing the documents do not hold
        }
        if (doc == null || !doc.isObject() || !doc.path("thread_id").isTextual()) {
            return false;
        }
        String thread = doc.get("thread_id").asText();
        String ns = namespace(doc);
        if (key.startsWith("checkpoint_blob:")) {
            blobs.put(thread + "\u0000" + ns + "\u0000" + doc.path("channel").asText() + "\u0000"
                    + doc.path("version").asText(), doc);
        } else if (key.startsWith("checkpoint_write:")) {
            writes.computeIfAbsent(thread + "\u0000" + ns + "\u0000" + doc.path("checkpoint_id").asText(),
                    k -> new ArrayList<>()).add(doc);
        } else if (doc.path("checkpoint").isObject()) {
            checkpoints.add(new Doc(key, doc));
        } else {
            return false;
        }
        return true;
    }

    private static String namespace(JsonNode doc) {
        String ns = doc.path("checkpoint_ns").asText("");
        return ns.equals("__empty__") ? "" : ns;
    }

    /** Assembles every thread read into sessions. */
    public void assemble(String source, ImportContext context) {
        Map<String, List<DecodedCheckpoint>> threads = new TreeMap<>();
        checkpoints.sort(Comparator.comparing((Doc d) -> d.doc().path("checkpoint_id").asText())
                .thenComparing(d -> namespace(d.doc())));
        for (Doc d : checkpoints) {
            JsonNode doc = d.doc();
            String thread = doc.get("thread_id").asText();
            String ns = namespace(doc);
            String id = doc.path("checkpoint_id").asText();
            String where = "checkpoint " + id;
            List<String> notes = new ArrayList<>();
            ValueDecoder decoder = new ValueDecoder(notes);
            ObjectNode checkpoint = (ObjectNode) decoded(decoder, doc.get("checkpoint"), where);
            DecodedCheckpoint.fillChannelValues(checkpoint, (channel, version) -> {
                JsonNode blob = blobs.get(thread + "\u0000" + ns + "\u0000" + channel + "\u0000" + version);
                return blob == null || blob.path("type").asText().equals("empty") ? null
                        : decoded(decoder, blob.get("value"), where + " channel " + channel);
            });
            List<JsonNode> rows = new ArrayList<>(writes.getOrDefault(thread + "\u0000" + ns + "\u0000" + id, List.of()));
            rows.sort(Comparator.comparing((JsonNode w) -> w.path("task_id").asText()).thenComparingInt(w -> w.path("idx").asInt()));
            List<Checkpoint.Write> decodedWrites = new ArrayList<>();
            for (JsonNode w : rows) {
                decodedWrites.add(new Checkpoint.Write(w.path("task_id").asText(), w.path("idx").asInt(),
                        w.path("channel").asText(), decoded(decoder, w.get("value"),
                        "write " + w.path("channel").asText() + " of task " + w.path("task_id").asText() + " at " + where)));
            }
            JsonNode metadata = decoded(decoder, doc.get("metadata"), where + " metadata");
            threads.computeIfAbsent(thread, k -> new ArrayList<>()).add(new DecodedCheckpoint(thread, ns, id,
                    doc.path("parent_checkpoint_id").isTextual() ? doc.get("parent_checkpoint_id").asText() : "",
                    checkpoint, metadata.isObject() ? metadata : JsonNodeFactory.instance.objectNode(), decodedWrites,
                    notes));
        }
        opaque.forEach((key, why) -> {
            // checkpoint:{thread}:{ns}:{id}: the id and the namespace are the last two parts.
            String rest = key.substring("checkpoint:".length());
            String id = rest.substring(rest.lastIndexOf(':') + 1);
            rest = rest.substring(0, rest.lastIndexOf(':'));
            String ns = rest.substring(rest.lastIndexOf(':') + 1);
            String thread = rest.substring(0, rest.lastIndexOf(':'));
            ObjectNode checkpoint = JsonNodeFactory.instance.objectNode();
            checkpoint.put("id", id);
            checkpoint.putObject("channel_values");
            threads.computeIfAbsent(thread, k -> new ArrayList<>()).add(new DecodedCheckpoint(thread,
                    ns.equals("__empty__") ? "" : ns, id, "", checkpoint, JsonNodeFactory.instance.objectNode(), List.of(),
                    List.of("key " + key + ": " + why)));
        });
        threads.values().forEach(list -> list.sort(Comparator.comparing(DecodedCheckpoint::id)));
        ThreadAssembler assembler = new ThreadAssembler(source, context);
        threads.values().forEach(assembler::assemble);
    }

    /** A JSON value as the savers' readers see it: LangChain envelopes unwrapped. */
    private static JsonNode decoded(ValueDecoder decoder, JsonNode value, String where) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return decoder.json(TraceJson.mapper().writeValueAsBytes(value), where);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.nullNode();
        }
    }
}
