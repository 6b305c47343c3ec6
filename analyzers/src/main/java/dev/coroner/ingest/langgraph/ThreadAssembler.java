package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ImportContext;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateMessage;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the checkpoints of one thread, in chronological (checkpoint id) order, into the steps of
 * one session, whatever database they came from. For each checkpoint:
 *
 * <ol>
 *   <li>the messages it holds that its parent did not are interned as steps of their own, so that
 *       they get a provenance and feed the context analysis: a user or system message as a message
 *       step, an assistant message as a model call whose context is the messages before it in the
 *       same list (reconstructed from state: the checkpoint records what the node read, not the
 *       exact prompt), a tool message as a tool result;</li>
 *   <li>the checkpoint itself becomes a state snapshot of its namespace: the state is the
 *       channels the application declared (LangGraph's internal channels are kept aside as the
 *       attribute {@code internal_channels}), the version is the checkpoint format {@code v}, and
 *       the rest is a {@link Checkpoint} attribute;</li>
 *   <li>special writes stored under it become steps: a task error ({@code __error__}) a failed
 *       step, an interrupt and a resume a step each.</li>
 * </ol>
 */
final class ThreadAssembler {

    /** Where a checkpointer's sessions come from, for {@code coroner formats}; the same for every backend. */
    static final String SESSION_KEY = "the thread_id of every checkpoint";

    /** What checkpoints show once assembled into sessions, whichever database held them. */
    static final List<String> SHOWS = List.of(
            "every checkpoint of every thread and namespace, with its parent link and source",
            "the state: the channels the application declared, decoded (json, msgpack)",
            "messages kept in state, as message steps, rebuilt model calls and tool results",
            "pending writes: interrupts, resumes and task errors",
            "the user, from checkpoint metadata (Python) or a user_id kept in state");

    /** Metadata keys (Python copies scalar config keys into metadata) and state channels naming the user. */
    private static final List<String> PRINCIPAL_KEYS = List.of("user_id", "userId", "user", "principal");
    private static final Set<String> PSEUDO_NODES = Set.of("__input__", "__start__", "__interrupt__");

    private final String file;
    private final ImportContext context;

    ThreadAssembler(String file, ImportContext context) {
        this.file = file;
        this.context = context;
    }

    /** What is remembered of an earlier checkpoint of the thread. */
    private record Seen(Set<String> messageKeys, JsonNode versionsSeen) {
    }

    void assemble(List<DecodedCheckpoint> checkpoints) {
        if (checkpoints.isEmpty()) {
            return;
        }
        String thread = checkpoints.get(0).thread();
        SessionBuilder session = context.session(thread, new SourceRef(file, 0, "thread " + thread));
        Map<String, Seen> seen = new HashMap<>();
        Set<String> threadMessages = new HashSet<>();
        for (DecodedCheckpoint row : checkpoints) {
            String locator = "thread " + thread + " checkpoint " + row.id()
                    + (row.namespace().isEmpty() ? "" : " ns " + row.namespace());
            SourceRef at = new SourceRef(file, 0, locator);
            JsonNode values = row.checkpoint().path("channel_values");
            JsonNode versionsSeen = row.checkpoint().path("versions_seen");
            Set<String> nodes = new TreeSet<>();
            versionsSeen.fieldNames().forEachRemaining(nodes::add);
            ObjectNode state = JsonNodeFactory.instance.objectNode();
            ObjectNode internal = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> channel : values.properties()) {
                (isInternal(channel.getKey(), nodes) ? internal : state).set(channel.getKey(), channel.getValue());
            }
            Seen parent = row.parentId().isEmpty() ? null : seen.get(row.namespace() + "\u0000" + row.parentId());
            String agent = nodeThatRan(parent == null ? null : parent.versionsSeen(), versionsSeen);
            Set<String> keys = new HashSet<>();
            Map<String, List<StateMessage>> lists = StateMessage.lists(state);
            for (Map.Entry<String, List<StateMessage>> list : lists.entrySet()) {
                List<Integer> before = new ArrayList<>();
                for (StateMessage message : list.getValue()) {
                    keys.add(message.key());
                    boolean isNew = parent == null ? !threadMessages.contains(message.key())
                            : !parent.messageKeys().contains(message.key());
                    int index = session.nextIndex();
                    if (isNew && !message.role().equals("remove")) {
                        SourceRef messageAt = at.withLocator(locator + " " + list.getKey() + "[" + before.size() + "]");
                        addMessageStep(session, message, new ArrayList<>(before), messageAt, agent);
                    }
                    before.add(session.intern(message.draft(), index));
                }
            }
            threadMessages.addAll(keys);
            seen.put(row.namespace() + "\u0000" + row.id(), new Seen(keys, versionsSeen));

            String principal = principal(row.metadata(), state);
            session.principal(principal, at);
            Checkpoint checkpoint = new Checkpoint(row.id(), row.parentId(), row.metadata().path("source").asText(""),
                    row.metadata().path("step").isIntegralNumber()
                            ? OptionalLong.of(row.metadata().path("step").asLong()) : OptionalLong.empty(),
                    row.checkpoint().path("v").asText(""), principal, channelVersions(row.checkpoint()),
                    row.writes(), pendingSends(row.checkpoint(), internal), row.undecodable(), row.metadata());
            Map<String, JsonNode> attributes = new TreeMap<>();
            attributes.put(Checkpoint.ATTRIBUTE, checkpoint.asAttribute());
            attributes.put("internal_channels", internal);
            attributes.put("ts", row.checkpoint().path("ts"));
            session.add(new StateSnapshot(session.nextIndex(), at, agent, row.namespace(), state,
                    checkpoint.format(), List.of(), attributes));
            addWriteSteps(session, row, at, locator);
        }
    }

    private static void addMessageStep(SessionBuilder session, StateMessage message, List<Integer> before,
                                       SourceRef at, String agent) {
        int index = session.nextIndex();
        int id = session.intern(message.draft(), index);
        Map<String, JsonNode> attributes = Map.of("message_id", TextNode.valueOf(message.key()));
        switch (message.role()) {
            case "assistant" -> session.add(new ModelCall(index, at, agent, message.model(), before, true,
                    OptionalInt.of(id), "", Map.of("message_id", TextNode.valueOf(message.key()),
                    "context", TextNode.valueOf("reconstructed from checkpoint state: the messages before this one"))));
            case "tool" -> session.add(new ToolResult(index, at, agent, message.toolCallId(), message.name(), id,
                    message.status().equals("error"), attributes));
            default -> session.add(new MessageStep(index, at, agent, id, attributes));
        }
    }

    /**
     * Special writes in the order they happen: an interrupt is written by the first run of a task,
     * a resume later (by the null task, whose id sorts first), and an error may follow the resume.
     */
    private static final List<String> SPECIAL_ORDER = List.of(Checkpoint.INTERRUPT, Checkpoint.RESUME, Checkpoint.ERROR);

    private static void addWriteSteps(SessionBuilder session, DecodedCheckpoint row, SourceRef at, String locator) {
        boolean resumed = false;
        List<Checkpoint.Write> special = row.writes().stream().filter(w -> SPECIAL_ORDER.contains(w.channel()))
                .sorted(java.util.Comparator.comparingInt(w -> SPECIAL_ORDER.indexOf(w.channel()))).toList();
        for (Checkpoint.Write write : special) {
            SourceRef writeAt = at.withLocator(locator + " write " + write.channel() + " task " + write.task());
            Map<String, JsonNode> attributes = Map.of("task", TextNode.valueOf(write.task()), "value", write.value());
            switch (write.channel()) {
                case Checkpoint.ERROR -> session.add(new NodeStep(session.nextIndex(), writeAt, "", "task " + write.task(),
                        "error", true, errorText(write.value()), attributes));
                case Checkpoint.INTERRUPT -> session.add(new NodeStep(session.nextIndex(), writeAt, "", "interrupt",
                        "interrupt", false, "", attributes));
                case Checkpoint.RESUME -> {
                    if (!resumed) {
                        resumed = true;
                        session.add(new NodeStep(session.nextIndex(), writeAt, "", "resume", "resume", false, "",
                                attributes));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** LangGraph's own channels: reserved names, trigger and branch channels, per-node channels (format v1, v2). */
    static boolean isInternal(String channel, Set<String> nodes) {
        return channel.startsWith("__") || channel.startsWith("branch:") || channel.startsWith("start:")
                || nodes.contains(channel);
    }

    /** The one node whose versions_seen changed since the parent, or empty when none or several. */
    private static String nodeThatRan(JsonNode before, JsonNode after) {
        String found = "";
        for (Map.Entry<String, JsonNode> node : after.properties()) {
            if (PSEUDO_NODES.contains(node.getKey())) {
                continue;
            }
            JsonNode previous = before == null ? null : before.get(node.getKey());
            if (previous == null || !previous.equals(node.getValue())) {
                if (!found.isEmpty()) {
                    return "";
                }
                found = node.getKey();
            }
        }
        return found;
    }

    private static String principal(JsonNode metadata, JsonNode state) {
        for (JsonNode source : List.of(metadata, state)) {
            for (String key : PRINCIPAL_KEYS) {
                JsonNode value = source.get(key);
                if (value != null && (value.isTextual() || value.isIntegralNumber()) && !value.asText().isEmpty()) {
                    return value.asText();
                }
            }
        }
        return "";
    }

    private static Map<String, String> channelVersions(JsonNode checkpoint) {
        Map<String, String> versions = new TreeMap<>();
        checkpoint.path("channel_versions").properties().forEach(e -> versions.put(e.getKey(), e.getValue().asText()));
        return versions;
    }

    private static List<JsonNode> pendingSends(JsonNode checkpoint, JsonNode internal) {
        List<JsonNode> sends = new ArrayList<>();
        checkpoint.path("pending_sends").forEach(sends::add);
        internal.path("__pregel_tasks").forEach(sends::add);
        return sends;
    }

    private static String errorText(JsonNode value) {
        if (value.path("message").isTextual()) {
            return value.path("message").asText();
        }
        if (value.path("$args").isArray() && value.path("$args").size() > 0) {
            return value.path("$args").get(0).asText();
        }
        if (value.path("$value").isTextual()) {
            return value.path("$value").asText();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
