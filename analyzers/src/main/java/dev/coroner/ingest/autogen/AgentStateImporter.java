package dev.coroner.ingest.autogen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SessionKey;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads AutoGen 0.4+ {@code save_state()} JSON as checkpoints: a team's {@code TeamState}
 * ({@code agent_states} by agent name, the group chat manager's {@code message_thread} and
 * {@code current_turn}, each participant's {@code ChatAgentContainerState} around its agent's state)
 * or one agent's state ({@code AssistantAgentState} with {@code llm_context.messages}). One saved state
 * is one checkpoint; a file may hold one, a JSON array of them, or one per line.
 *
 * <p>Saved states of the same team (the same set of agent names) are one session, in the order they
 * are read: files in the order given (a directory's in name order), records in file order. They are
 * not reordered by {@code current_turn} (reset to 0 whenever a run terminates) or by message count
 * (which would hide exactly the history a later state lost). Each agent's state is a snapshot of its
 * own namespace (the agent's name), its model context ({@code llm_context}) a snapshot of
 * {@code NAME/llm_context}, so that the state checks compare each with its own previous state. The
 * messages new in the manager's {@code message_thread} (for one agent: in its {@code llm_context}) are
 * the conversation.
 */
public final class AgentStateImporter implements StreamImporter {

    public static final String NAME = "autogen-state";

    private static final Pattern TEAM = Pattern.compile("\"type\"\\s*:\\s*\"TeamState\"|\"agent_states\"\\s*:\\s*\\{");
    private static final Pattern AGENT = Pattern.compile("\\A\\s*[\\[{]?\\s*\\{?\\s*\"type\"\\s*:\\s*\"(?:AssistantAgentState"
            + "|ChatAgentContainerState|SocietyOfMindAgentState|\\w*ManagerState|MagenticOneOrchestratorState)\"");
    /** The participant's transient inbox, cleared each time the agent speaks: not state that should persist. */
    private static final String BUFFER = "message_buffer";
    static final String LLM_CONTEXT = "llm_context";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AutoGen 0.4+ save_state() JSON of a team (TeamState) or an agent, as checkpoints";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("none in the format: a team is named by its agents' names, one agent's"
                + " states by the file name",
                List.of("each agent's saved state and its model context (llm_context.messages) as checkpoints, compared"
                                + " with the previous saved state: fields dropped, history lost, version changes",
                        "the group chat manager's message_thread and current_turn; messages new since the previous"
                                + " state as the conversation (tool calls and results paired by call_id, is_error)"),
                List.of("when each state was saved, or which run wrote it: states are ordered as read",
                        "what each model call was given (reconstructed as the earlier messages of the thread)",
                        "a session or user id; tool calls that left no message in the thread or context"));
    }

    /** True when a head looks like saved state rather than a message stream. */
    static boolean looksLikeState(String text) {
        return TEAM.matcher(text).find() || AGENT.matcher(text).find();
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        return looksLikeState(text) && text.contains("\"version\"");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        String fileName = input.name().substring(input.name().lastIndexOf('/') + 1);
        JsonRecords.read(input, context, Set.of(), (field, value, at) -> state(value, at, fileName, context));
    }

    private static void state(JsonNode value, SourceRef at, String fileName, ImportContext context)
            throws RecordException {
        if (!value.isObject()) {
            throw RecordException.expected("a saved state (an object with \"type\" and \"version\")",
                    JsonFields.describe(value));
        }
        String type = JsonFields.requiredText(value, "type", " of the saved state");
        Map<String, JsonNode> agents = new java.util.LinkedHashMap<>();
        String version = JsonFields.optionalText(value, "version", " of the " + type);
        if (value.has("agent_states")) {
            JsonNode states = JsonFields.optionalObject(value, "agent_states", " of the " + type);
            if (states == null) {
                throw RecordException.expected("\"agent_states\" of the " + type + " to be an object", "null");
            }
            for (Map.Entry<String, JsonNode> agent : states.properties()) {
                if (!agent.getValue().isObject()) {
                    throw RecordException.expected("the state of agent \"" + agent.getKey() + "\" to be an object",
                            JsonFields.describe(agent.getValue()));
                }
                agents.put(agent.getKey(), agent.getValue());
            }
        } else if (type.endsWith("State")) {
            agents.put("", value);
        } else {
            throw RecordException.expected("a saved state (\"type\": \"TeamState\" or an agent's state type)",
                    "\"type\": \"" + type + "\"");
        }
        boolean team = !agents.containsKey("");
        String id = team ? "team:" + String.join("+", new TreeSet<>(agents.keySet())) : fileName;
        SessionBuilder session = context.session(id, at);
        SessionKey.recorded(id, team ? "agent_states names" : "file name").mark(session);

        conversation(session, agents, at, context);
        for (Map.Entry<String, JsonNode> agent : agents.entrySet()) {
            snapshots(session, agent.getKey(), agent.getValue(), team ? version : "", at);
        }
    }

    /**
     * The messages new since the previous snapshot: those of the manager's {@code message_thread},
     * or, with no manager, of the (single) agent's model context.
     */
    private static void conversation(SessionBuilder session, Map<String, JsonNode> agents, SourceRef at,
                                     ImportContext context) {
        AgentChatRun run = new AgentChatRun(session);
        for (Map.Entry<String, JsonNode> agent : agents.entrySet()) {
            JsonNode thread = agent.getValue().get("message_thread");
            if (thread != null && thread.isArray()) {
                replay(session, run, namespace(agent.getKey()), "message_thread", thread, at, context, agent.getKey(),
                        false);
                run.finish(at.withLocator(locator(agent.getKey()) + "message_thread"));
                return;
            }
        }
        for (Map.Entry<String, JsonNode> agent : agents.entrySet()) {
            JsonNode llm = llmContext(agent.getValue());
            if (llm != null) {
                replay(session, run, namespace(agent.getKey()) + (agent.getKey().isEmpty() ? "" : "/") + LLM_CONTEXT,
                        "messages", llm.get("messages"), at, context, agent.getKey(), true);
                run.finish(at.withLocator(locator(agent.getKey()) + LLM_CONTEXT));
                return;
            }
        }
    }

    private static void replay(SessionBuilder session, AgentChatRun run, String namespace, String field,
                               JsonNode messages, SourceRef at, ImportContext context, String agent, boolean llm) {
        StateSnapshot previous = session.lastState(namespace);
        Set<String> before = new HashSet<>();
        if (previous != null) {
            JsonNode list = previous.state().path(field);
            list.forEach(m -> before.add(key(m)));
        }
        String prefix = locator(agent) + (llm ? LLM_CONTEXT + "." : "") + field;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            SourceRef where = at.withLocator(prefix + "[" + i + "]");
            if (before.contains(key(m))) {
                run.seen(m);
                continue;
            }
            try {
                if (llm) {
                    run.llmMessage(m, where, agent);
                } else {
                    run.message(m, where);
                }
            } catch (RecordException e) {
                context.problem(where, e.getMessage());
            }
        }
    }

    /** A message's identity across snapshots: its id (AgentChat messages), else its content (LLM messages). */
    private static String key(JsonNode m) {
        return m.path("id").isTextual() ? m.path("id").asText() : JsonValues.canonical(m);
    }

    /**
     * The agent's snapshot (its state as saved, the transient {@code message_buffer} kept as an
     * attribute), and its model context's, when it has one.
     */
    private static void snapshots(SessionBuilder session, String name, JsonNode state, String teamVersion,
                                  SourceRef at) {
        Map<String, JsonNode> attributes = new TreeMap<>();
        ObjectNode kept = ((ObjectNode) state).deepCopy();
        JsonNode buffer = kept.remove(BUFFER);
        if (buffer != null) {
            attributes.put(BUFFER, buffer);
        }
        if (!teamVersion.isEmpty()) {
            attributes.put("team_version", TextNode.valueOf(teamVersion));
        }
        session.add(new StateSnapshot(session.nextIndex(), at.withLocator(locator(name).isEmpty() ? "state"
                : locator(name).substring(0, locator(name).length() - 1)), name, namespace(name), kept,
                state.path("version").asText(""), List.of(), attributes));
        JsonNode llm = llmContext(state);
        if (llm != null) {
            session.add(new StateSnapshot(session.nextIndex(), at.withLocator(locator(name) + pathTo(state)), name,
                    namespace(name) + (name.isEmpty() ? "" : "/") + LLM_CONTEXT, llm, "", List.of(), Map.of()));
        }
    }

    /** The model context of an agent's state, directly or inside its container, when it holds a message list. */
    private static JsonNode llmContext(JsonNode state) {
        JsonNode inner = state.path("agent_state").path(LLM_CONTEXT);
        JsonNode llm = inner.isObject() ? inner : state.path(LLM_CONTEXT);
        return llm.isObject() && llm.path("messages").isArray() ? llm : null;
    }

    private static String pathTo(JsonNode state) {
        return state.path("agent_state").path(LLM_CONTEXT).isObject() ? "agent_state." + LLM_CONTEXT : LLM_CONTEXT;
    }

    private static String namespace(String agent) {
        return agent;
    }

    private static String locator(String agent) {
        return agent.isEmpty() ? "" : "agent_states." + agent + ".";
    }
}
