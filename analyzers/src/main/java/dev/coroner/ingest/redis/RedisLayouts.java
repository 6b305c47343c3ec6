package dev.coroner.ingest.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.chat.ConversationReader;
import dev.coroner.ingest.langgraph.LangGraphRedisDocuments;
import dev.coroner.ingest.langgraph.ValueDecoder;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.TraceJson;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layouts coroner recognises in a Redis keyspace, each key read as what it is:
 * <ul>
 *   <li>a LangChain chat history ({@code RedisChatMessageHistory} of {@code @langchain/redis} and of
 *       the Python {@code langchain_community} package): a list of stored messages
 *       {@code {"type": "human", "data": {"content": …}}}, pushed with {@code LPUSH} so newest first;
 *       one session per key, read in conversation order, a user message's {@code name} as its speaker
 *       and principal;</li>
 *   <li>LangGraph's Redis checkpointer: its {@code checkpoint:*}, {@code checkpoint_blob:*} and
 *       {@code checkpoint_write:*} documents, as RedisJSON values on a live server or as the same JSON
 *       stored in strings, assembled into threads (see {@link LangGraphRedisDocuments});</li>
 *   <li>a team's own checkpoints, named with {@code --redis-key} patterns such as
 *       {@code agent:state:{session}:{step}}: JSON or msgpack strings, or hashes, as successive state
 *       snapshots of a session in step order.</li>
 * </ul>
 * A key that matches no layout is counted and listed (never guessed at); a key's TTL and idle time
 * are kept on the steps it produced, as evidence of a history that expired or was trimmed.
 */
public final class RedisLayouts {

    /** How many unread keys are named in the note; the rest are counted. */
    static final int UNREAD_LISTED = 20;

    private final List<KeyPattern> patterns;

    /** @param keyPatterns {@code --redis-key} patterns, each with a {session} and a {step} placeholder */
    public RedisLayouts(List<String> keyPatterns) {
        this.patterns = keyPatterns.stream().map(KeyPattern::parse).toList();
    }

    /** A {@code --redis-key} pattern. */
    record KeyPattern(String text, Pattern regex) {
        static KeyPattern parse(String text) {
            if (!text.contains("{session}") || !text.contains("{step}")) {
                throw new IllegalArgumentException("--redis-key expects a pattern with {session} and {step}, e.g."
                        + " 'agent:state:{session}:{step}', found '" + text + "'");
            }
            StringBuilder regex = new StringBuilder("\\A");
            Matcher m = Pattern.compile("\\{(session|step)}|\\*").matcher(text);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(last, m.start())));
                regex.append(m.group(1) == null ? ".*?" : "(?<" + m.group(1) + ">.+?)");
                last = m.end();
            }
            regex.append(Pattern.quote(text.substring(last))).append("\\z");
            return new KeyPattern(text, Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
    }

    /** A snapshot found under a team's checkpoint key. */
    private record Snapshot(String session, String step, RedisEntry entry) {
    }

    /** Reads every key of the keyspace into sessions. */
    public void read(RedisKeyspace keyspace, String source, ImportContext context) throws java.io.IOException {
        Map<String, List<Snapshot>> snapshots = new TreeMap<>();
        LangGraphRedisDocuments saver = new LangGraphRedisDocuments();
        List<String> unread = new ArrayList<>();
        int[] count = {0};
        keyspace.forEach(entry -> {
            count[0]++;
            for (KeyPattern pattern : patterns) {
                Matcher m = pattern.regex().matcher(entry.key());
                if (m.matches()) {
                    snapshots.computeIfAbsent(m.group("session"), k -> new ArrayList<>())
                            .add(new Snapshot(m.group("session"), m.group("step"), entry));
                    return;
                }
            }
            if (LangGraphRedisDocuments.isSaverKey(entry.key()) && (entry.type().startsWith("module")
                    ? saver.addOpaque(entry.key(), "a " + entry.type() + " value (a RedisJSON document in a snapshot);"
                    + " coroner does not decode module values, a live server's JSON.GET reads it")
                    : saver.add(entry.key(), entry.type().equals("string") ? TraceJson.tryParse(entry.text()) : null))) {
                return;
            }
            if (!chatHistory(entry, source, context)) {
                unread.add(entry.key() + " (" + entry.type() + ")");
            }
        });
        snapshots.forEach((session, list) -> checkpoints(session, list, source, context));
        saver.assemble(source, context);
        if (!unread.isEmpty()) {
            unread.sort(null);
            context.skipped(source + ": " + unread.size() + " of " + count[0] + " keys match no layout coroner reads: "
                    + String.join(", ", unread.subList(0, Math.min(UNREAD_LISTED, unread.size())))
                    + (unread.size() > UNREAD_LISTED ? ", …" : "")
                    + " (a team's own checkpoints are read with --redis-key 'prefix:{session}:{step}')");
        }
    }

    /** A LangChain chat history list, read as one session; false when the key is not one. */
    private static boolean chatHistory(RedisEntry entry, String source, ImportContext context) {
        if (!entry.type().equals("list") || entry.items().isEmpty()) {
            return false;
        }
        List<JsonNode> stored = new ArrayList<>();
        for (String item : entry.itemTexts()) {
            JsonNode node = TraceJson.tryParse(item);
            if (node == null || !node.isObject() || !node.path("type").isTextual() || !node.path("data").isObject()) {
                return false;
            }
            stored.add(node);
        }
        SourceRef at = new SourceRef(source, 0, "key " + entry.key());
        SessionBuilder session = context.session(entry.key(), at);
        List<JsonNode> turns = new ArrayList<>();
        List<SourceRef> where = new ArrayList<>();
        // LPUSH keeps the newest message first: read from the end, keeping each message's list index.
        for (int i = stored.size() - 1; i >= 0; i--) {
            turns.add(turn(stored.get(i)));
            where.add(at.withLocator("key " + entry.key() + " [" + i + "]"));
        }
        // A tool result whose call is not in the history before it: the history lost its beginning,
        // trimmed (LTRIM, a message window) or expired and written anew. (An assistant greeting first is
        // how many widgets start, and says nothing.)
        java.util.Set<String> requested = new java.util.HashSet<>();
        for (JsonNode turn : turns) {
            turn.path("tool_calls").forEach(c -> requested.add(c.path("id").asText()));
            if (turn.path("role").asText().equals("tool") && !requested.contains(turn.path("tool_call_id").asText(""))) {
                ((ObjectNode) turn).put(dev.coroner.trace.EvidenceMarks.TRUNCATED, "the stored history " + entry.key()
                        + " holds a tool result whose call is not in it: its earlier messages were trimmed or expired"
                        + (entry.expiry().isEmpty() ? "" : " (the key expires: " + entry.expiry() + ")"));
                break;
            }
        }
        if (!entry.expiry().isEmpty()) {
            session.attribute("redis.expiry", TextNode.valueOf(entry.expiry()));
        }
        entry.idleSeconds().ifPresent(s -> session.attribute("redis.idle_seconds",
                JsonNodeFactory.instance.numberNode(s)));
        session.attribute("redis.layout", TextNode.valueOf("LangChain RedisChatMessageHistory"));
        ConversationReader.readHistory(session, turns, where, at, context, true);
        return true;
    }

    /** A stored LangChain message as a role-tagged chat turn. */
    static JsonNode turn(JsonNode stored) {
        JsonNode data = stored.path("data");
        ObjectNode turn = JsonNodeFactory.instance.objectNode();
        String type = stored.path("type").asText();
        turn.put("role", switch (type) {
            case "human" -> "user";
            case "ai" -> "assistant";
            case "system" -> "system";
            case "tool", "function" -> "tool";
            case "chat" -> data.path("role").asText("user");
            default -> type;
        });
        turn.set("content", data.path("content").isMissingNode() ? TextNode.valueOf("") : data.get("content"));
        if (data.path("name").isTextual() && !data.path("name").asText().isEmpty()) {
            turn.set("name", data.get("name"));
        }
        if (data.path("tool_call_id").isTextual()) {
            turn.set("tool_call_id", data.get("tool_call_id"));
        }
        JsonNode calls = data.path("tool_calls");
        if (!calls.isArray() || calls.isEmpty()) {
            calls = data.path("additional_kwargs").path("tool_calls");
        }
        if (calls.isArray() && !calls.isEmpty()) {
            var out = turn.putArray("tool_calls");
            for (JsonNode call : calls) {
                ObjectNode c = out.addObject();
                c.put("id", call.path("id").asText(""));
                JsonNode function = call.path("function");
                ObjectNode f = c.putObject("function");
                f.put("name", function.isObject() ? function.path("name").asText("") : call.path("name").asText(""));
                f.set("arguments", function.isObject() ? function.path("arguments")
                        : call.has("args") ? call.get("args") : JsonNodeFactory.instance.objectNode());
            }
        }
        return turn;
    }

    /** A team's checkpoints of one session, as state snapshots in step order. */
    private static void checkpoints(String id, List<Snapshot> list, String source, ImportContext context) {
        list.sort(Comparator.comparing(Snapshot::step, RedisLayouts::compareSteps));
        SourceRef first = new SourceRef(source, 0, "key " + list.get(0).entry().key());
        SessionBuilder session = context.session(id, first);
        for (Snapshot snapshot : list) {
            RedisEntry entry = snapshot.entry();
            SourceRef at = new SourceRef(source, 0, "key " + entry.key());
            JsonNode state = value(entry, at, context);
            if (state == null) {
                continue;
            }
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            attributes.put("redis.key", TextNode.valueOf(entry.key()));
            attributes.put("redis.step", TextNode.valueOf(snapshot.step()));
            attributes.put("redis.type", TextNode.valueOf(entry.type()));
            if (!entry.expiry().isEmpty()) {
                attributes.put("redis.expiry", TextNode.valueOf(entry.expiry()));
            }
            entry.idleSeconds().ifPresent(s -> attributes.put("redis.idle_seconds", JsonNodeFactory.instance.numberNode(s)));
            // The {step} of the key orders the snapshots; it is not a schema version.
            session.add(new StateSnapshot(session.nextIndex(), at, "", "", state, "", List.of(), attributes));
        }
    }

    /** Steps in numeric order when both are integers, otherwise as text. */
    static int compareSteps(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }

    /** A checkpoint value: a JSON or msgpack string, or a hash whose fields hold JSON or text. */
    private static JsonNode value(RedisEntry entry, SourceRef at, ImportContext context) {
        switch (entry.type()) {
            case "string" -> {
                byte[] bytes = entry.items().get(0);
                JsonNode json = TraceJson.tryParse(new String(bytes, StandardCharsets.UTF_8));
                if (json != null) {
                    return json;
                }
                // A msgpack checkpoint is a map: fixmap (0x80-0x8f), map 16 (0xde) or map 32 (0xdf).
                int head = bytes.length == 0 ? -1 : bytes[0] & 0xff;
                if ((head & 0xf0) == 0x80 || head == 0xde || head == 0xdf) {
                    List<String> notes = new ArrayList<>();
                    JsonNode decoded = new ValueDecoder(notes).decode("msgpack", bytes, "key " + entry.key());
                    if (notes.isEmpty()) {
                        return decoded;
                    }
                    context.problem(at, "expected a JSON or msgpack checkpoint, found " + String.join("; ", notes));
                    return null;
                }
                context.problem(at, "expected a JSON object or a msgpack map as the checkpoint, found "
                        + (bytes.length == 0 ? "an empty string" : bytes.length + " bytes of neither"));
                return null;
            }
            case "hash" -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                entry.fields().forEach((field, bytes) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    JsonNode json = TraceJson.tryParse(text);
                    object.set(field, json != null ? json : TextNode.valueOf(text));
                });
                return object;
            }
            default -> {
                context.problem(at, "expected a checkpoint as a string or a hash, found a " + entry.type());
                return null;
            }
        }
    }
}
