package dev.coroner.ingest.autogen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps AutoGen messages, in the order a run produced them, onto the steps of one session: the
 * AgentChat messages and events of a {@code TaskResult} or a team's {@code message_thread}
 * (autogen_agentchat/messages.py), and the LLM messages of a model context
 * (autogen_core/models/_types.py). Neither records what a model call was given, so each agent turn
 * is a model call whose context is reconstructed (attribute {@code context}) as what that agent holds:
 * every earlier chat message of the run, its own events, and the context handoffs passed to it.
 */
final class AgentChatRun {

    static final String RECONSTRUCTED = "the run's earlier chat messages, the agent's own events and handoff context";

    /** Fields every AgentChat message has that are mapped, not kept as attributes. */
    private static final Set<String> MAPPED = Set.of("type", "source", "content", "target", "context", "tool_calls",
            "results");

    private final SessionBuilder session;
    private final List<Integer> history = new ArrayList<>();
    /**
     * Messages only some agents hold, by message: an agent's own events (its tool calls and their
     * results, its code runs) stay in its own model context, and a handoff's context reaches only its
     * target. A team broadcasts chat messages (TextMessage, HandoffMessage, ToolCallSummaryMessage, …)
     * to every participant, never the events (autogen_agentchat/teams/_group_chat/_chat_agent_container.py
     * hands each agent the chat messages of the other speakers' responses).
     */
    private final Map<Integer, Set<String>> heldBy = new HashMap<>();
    private final Map<String, String> toolByCallId = new HashMap<>();
    private final Map<String, String> thoughts = new HashMap<>();
    private final Set<String> resultsSeen = new HashSet<>();
    private int chunks;

    AgentChatRun(SessionBuilder session) {
        this.session = session;
    }

    /**
     * A message an earlier snapshot of the same state already held: it joins the run's history (so
     * later turns see it in their reconstructed context) without becoming a step again.
     */
    void seen(JsonNode m) {
        String source = m.path("source").asText("");
        JsonNode content = m.path("content");
        List<MessageDraft> drafts = new ArrayList<>();
        switch (m.path("type").asText("")) {
            case "TextMessage", "MultiModalMessage", "StructuredMessage" -> drafts.add(new MessageDraft(
                    isUser(source) ? "user" : "assistant", source, ChatMessages.content(content), List.of(), ""));
            case "ToolCallRequestEvent" -> {
                try {
                    drafts.add(new MessageDraft("assistant", source, "", functionCalls(content, ""), ""));
                } catch (RecordException e) {
                    return; // read as a step when it was new, and reported there
                }
            }
            case "ToolCallExecutionEvent" -> drafts.addAll(drafts(JsonNodeFactory.instance.objectNode()
                    .put("type", "FunctionExecutionResultMessage").set("content", content)));
            case "ToolCallSummaryMessage", "CodeGenerationEvent" -> drafts.add(
                    new MessageDraft("assistant", source, ChatMessages.content(content), List.of(), ""));
            case "HandoffMessage" -> drafts.add(
                    new MessageDraft("assistant", source, content.asText(""), List.of(), ""));
            case "SystemMessage", "UserMessage", "AssistantMessage", "FunctionExecutionResultMessage" ->
                    drafts.addAll(drafts(m));
            default -> {
            }
        }
        for (MessageDraft draft : drafts) {
            int id = session.intern(draft, session.nextIndex());
            if (!history.contains(id)) {
                history.add(id);
            }
        }
        for (MessageDraft draft : drafts) {
            draft.toolCalls().forEach(call -> toolByCallId.put(call.id(), call.name()));
        }
    }

    /** One AgentChat message or event ({@code BaseChatMessage} / {@code BaseAgentEvent} dumped). */
    void message(JsonNode m, SourceRef at) throws RecordException {
        if (!m.isObject()) {
            throw RecordException.expected("an AgentChat message (an object with \"type\" and \"source\")",
                    JsonFields.describe(m));
        }
        String type = JsonFields.requiredText(m, "type", " of the AgentChat message");
        String source = JsonFields.requiredText(m, "source", " of the " + type);
        Map<String, JsonNode> attributes = attributes(m);
        JsonNode content = m.path("content");
        switch (type) {
            case "TextMessage", "MultiModalMessage", "StructuredMessage" -> {
                String text = ChatMessages.content(content);
                if (isUser(source)) {
                    addMessage(new MessageDraft("user", source, text, List.of(), ""), source, at, attributes);
                } else {
                    modelCall(source, new MessageDraft("assistant", source, text, List.of(), ""), at, attributes);
                }
            }
            case "ToolCallRequestEvent" -> {
                List<ToolInvocation> calls = functionCalls(content, type);
                int out = modelCall(source, new MessageDraft("assistant", source, "", calls, ""), at, attributes);
                heldBy.computeIfAbsent(out, k -> new HashSet<>()).add(source);
                toolCalls(source, calls, at);
            }
            case "ToolCallExecutionEvent" -> results(source, content, at, attributes, type);
            case "ToolCallSummaryMessage" -> {
                // The summary is the results formatted as text, no model call; its calls and results are
                // steps of their own only when the stream did not carry the request and execution events.
                List<ToolInvocation> calls = new ArrayList<>();
                for (ToolInvocation call : functionCalls(m.path("tool_calls"), type)) {
                    if (!toolByCallId.containsKey(call.id())) {
                        calls.add(call);
                    }
                }
                toolCalls(source, calls, at);
                JsonNode unseen = JsonNodeFactory.instance.arrayNode();
                for (JsonNode result : m.path("results")) {
                    if (!resultsSeen.contains(result.path("call_id").asText(""))) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) unseen).add(result);
                    }
                }
                results(source, unseen, at, Map.of(), type);
                addMessage(new MessageDraft("assistant", source, ChatMessages.content(content), List.of(), ""), source,
                        at, attributes);
            }
            case "HandoffMessage" -> handoff(m, source, at, attributes);
            case "ThoughtEvent" -> thoughts.merge(source, content.asText(""), (a, b) -> a + "\n" + b);
            case "MemoryQueryEvent" -> memory(source, content, at, attributes);
            case "StopMessage" -> session.add(new NodeStep(session.nextIndex(), at, source, "stop", type, false, "",
                    with(attributes, "content", content)));
            case "CodeGenerationEvent" -> heldBy.computeIfAbsent(modelCall(source,
                    new MessageDraft("assistant", source, content.asText(""), List.of(), ""), at, attributes),
                    k -> new HashSet<>()).add(source);
            case "CodeExecutionEvent" -> codeExecution(m, source, at, attributes);
            case "ModelClientStreamingChunkEvent" -> chunks++; // the complete message follows the chunks
            default -> session.add(new NodeStep(session.nextIndex(), at, source, type, type, false, "",
                    content.isMissingNode() ? attributes : with(attributes, "content", content)));
        }
    }

    /**
     * One LLM message of a model context ({@code SystemMessage}, {@code UserMessage},
     * {@code AssistantMessage}, {@code FunctionExecutionResultMessage}).
     */
    void llmMessage(JsonNode m, SourceRef at, String agent) throws RecordException {
        if (!m.isObject()) {
            throw RecordException.expected("an LLM message (an object with \"type\")", JsonFields.describe(m));
        }
        String type = JsonFields.requiredText(m, "type", " of the LLM message");
        Map<String, JsonNode> attributes = attributes(m);
        JsonNode content = m.path("content");
        switch (type) {
            case "SystemMessage" -> addMessage(MessageDraft.of("system", content.asText("")), "", at, attributes);
            case "UserMessage" -> {
                String source = m.path("source").asText("");
                addMessage(new MessageDraft("user", source, ChatMessages.content(content), List.of(), ""), source, at,
                        attributes);
            }
            case "AssistantMessage" -> {
                String source = m.path("source").asText(agent);
                if (m.path("thought").isTextual()) {
                    thoughts.put(source, m.path("thought").asText());
                }
                List<ToolInvocation> calls = content.isArray() ? functionCalls(content, type) : List.of();
                modelCall(source, new MessageDraft("assistant", source, content.isArray() ? "" : content.asText(""),
                        calls, ""), at, attributes);
                toolCalls(source, calls, at);
            }
            case "FunctionExecutionResultMessage" -> results(agent, content, at, attributes, type);
            default -> throw RecordException.expected("an LLM message type (SystemMessage, UserMessage, "
                    + "AssistantMessage, FunctionExecutionResultMessage)", "\"" + type + "\"");
        }
    }

    /** Ends the run: streaming chunks are counted on the session, a thought no turn took is its own step. */
    void finish(SourceRef at) {
        if (chunks > 0) {
            session.attribute("autogen.streaming_chunks", IntNode.valueOf(chunks));
        }
        for (Map.Entry<String, String> thought : new TreeMap<>(thoughts).entrySet()) {
            session.add(new NodeStep(session.nextIndex(), at, thought.getKey(), "thought", "ThoughtEvent", false, "",
                    Map.of("thought", TextNode.valueOf(thought.getValue()))));
        }
        thoughts.clear();
    }

    private static boolean isUser(String source) {
        return source.equalsIgnoreCase("user");
    }

    private void addMessage(MessageDraft draft, String agent, SourceRef at, Map<String, JsonNode> attributes) {
        int index = session.nextIndex();
        int id = session.intern(draft, index);
        session.add(new MessageStep(index, at, agent, id, attributes));
        history.add(id);
    }

    private int modelCall(String agent, MessageDraft output, SourceRef at, Map<String, JsonNode> attributes) {
        int index = session.nextIndex();
        int out = session.intern(output, index);
        Map<String, JsonNode> all = new TreeMap<>(attributes);
        all.put("context", TextNode.valueOf(RECONSTRUCTED));
        String thought = thoughts.remove(agent);
        if (thought != null) {
            all.put("thought", TextNode.valueOf(thought));
        }
        session.add(new ModelCall(index, at, agent, "", contextOf(agent), true, OptionalInt.of(out), "", all));
        history.add(out);
        return out;
    }

    /** The earlier messages an agent holds: every chat message, and the events and handoff context that are its own. */
    private List<Integer> contextOf(String agent) {
        List<Integer> out = new ArrayList<>();
        for (int id : history) {
            Set<String> holders = heldBy.get(id);
            if (holders == null || holders.contains(agent)) {
                out.add(id);
            }
        }
        return out;
    }

    private void toolCalls(String agent, List<ToolInvocation> calls, SourceRef at) {
        for (ToolInvocation call : calls) {
            session.add(new ToolCall(session.nextIndex(), at, agent, call.id(), call.name(), call.arguments(), Map.of()));
            toolByCallId.put(call.id(), call.name());
        }
    }

    /** {@code FunctionExecutionResult}s: content, name, call_id, is_error. */
    private void results(String agent, JsonNode content, SourceRef at, Map<String, JsonNode> attributes, String type)
            throws RecordException {
        if (!content.isArray()) {
            throw RecordException.expected("\"content\" of the " + type + " to be a list of results",
                    JsonFields.describe(content));
        }
        for (int i = 0; i < content.size(); i++) {
            JsonNode result = content.get(i);
            String where = " in content[" + i + "] of the " + type;
            if (!result.isObject()) {
                throw RecordException.expected("a FunctionExecutionResult object" + where, JsonFields.describe(result));
            }
            String callId = JsonFields.requiredText(result, "call_id", where);
            String tool = JsonFields.optionalText(result, "name", where);
            if (tool.isEmpty()) {
                tool = toolByCallId.getOrDefault(callId, "");
            }
            JsonNode flag = result.get("is_error");
            int index = session.nextIndex();
            int id = session.intern(new MessageDraft("tool", tool, JsonFields.optionalText(result, "content", where),
                    List.of(), callId), index);
            session.add(new ToolResult(index, at, agent, callId, tool, id, flag != null && flag.asBoolean(false),
                    i == 0 ? attributes : Map.of()));
            history.add(id);
            if (!type.equals("FunctionExecutionResultMessage")) {
                heldBy.computeIfAbsent(id, k -> new HashSet<>()).add(agent);
            }
            resultsSeen.add(callId);
        }
    }

    /** {@code FunctionCall}s: id, arguments (a JSON string), name. */
    private static List<ToolInvocation> functionCalls(JsonNode content, String type) throws RecordException {
        if (!content.isArray()) {
            throw RecordException.expected("\"content\" of the " + type + " to be a list of function calls",
                    JsonFields.describe(content));
        }
        List<ToolInvocation> calls = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            JsonNode call = content.get(i);
            String where = " in the function call " + i + " of the " + type;
            if (!call.isObject()) {
                throw RecordException.expected("a FunctionCall object" + where, JsonFields.describe(call));
            }
            JsonNode arguments = call.get("arguments");
            calls.add(new ToolInvocation(JsonFields.optionalText(call, "id", where),
                    JsonFields.requiredText(call, "name", where),
                    arguments == null ? MissingNode.getInstance() : ChatMessages.arguments(arguments)));
        }
        return calls;
    }

    /**
     * A handoff: the agent's transfer message and the model context it passes on ({@code context},
     * LLM messages: its tool calls and their results) are what the target receives.
     */
    private void handoff(JsonNode m, String source, SourceRef at, Map<String, JsonNode> attributes)
            throws RecordException {
        String target = JsonFields.requiredText(m, "target", " of the HandoffMessage");
        int index = session.nextIndex();
        List<Integer> passed = new ArrayList<>();
        JsonNode context = JsonFields.optionalArray(m, "context", " of the HandoffMessage");
        if (context != null) {
            for (JsonNode llm : context) {
                for (MessageDraft draft : drafts(llm)) {
                    passed.add(session.intern(draft, index));
                }
            }
        }
        // The context reaches the target: messages the stream already carried become the target's too,
        // new ones join the history as the target's own.
        for (int id : passed) {
            if (!history.contains(id)) {
                history.add(id);
                heldBy.computeIfAbsent(id, k -> new HashSet<>()).add(target);
            } else if (heldBy.containsKey(id)) {
                heldBy.get(id).add(target);
            }
        }
        String text = m.path("content").asText("");
        passed.add(session.intern(new MessageDraft("assistant", source, text, List.of(), ""), index));
        session.add(new Handoff(index, at, source, source, target, TextNode.valueOf(text), passed, attributes));
        history.add(passed.get(passed.size() - 1));
    }

    /** An LLM message as message drafts; a result message holds one tool message per result. */
    static List<MessageDraft> drafts(JsonNode llm) {
        JsonNode content = llm.path("content");
        String source = llm.path("source").asText("");
        switch (llm.path("type").asText("")) {
            case "SystemMessage" -> {
                return List.of(MessageDraft.of("system", content.asText("")));
            }
            case "UserMessage" -> {
                return List.of(new MessageDraft("user", source, ChatMessages.content(content), List.of(), ""));
            }
            case "AssistantMessage" -> {
                List<ToolInvocation> calls = new ArrayList<>();
                if (content.isArray()) {
                    for (JsonNode call : content) {
                        calls.add(new ToolInvocation(call.path("id").asText(""), call.path("name").asText(""),
                                ChatMessages.arguments(call.get("arguments"))));
                    }
                }
                return List.of(new MessageDraft("assistant", source, content.isArray() ? "" : content.asText(""),
                        calls, ""));
            }
            case "FunctionExecutionResultMessage" -> {
                List<MessageDraft> out = new ArrayList<>();
                for (JsonNode result : content) {
                    out.add(new MessageDraft("tool", result.path("name").asText(""), result.path("content").asText(""),
                            List.of(), result.path("call_id").asText("")));
                }
                return out;
            }
            default -> {
                return List.of();
            }
        }
    }

    /** {@code MemoryContent} items: content (text, or an object), mime_type, metadata. */
    private void memory(String source, JsonNode content, SourceRef at, Map<String, JsonNode> attributes) {
        List<Document> documents = new ArrayList<>();
        for (JsonNode item : content) {
            JsonNode metadata = item.path("metadata").isObject() ? item.path("metadata")
                    : JsonNodeFactory.instance.objectNode();
            JsonNode score = metadata.path("score");
            documents.add(new Document(metadata.path("id").asText(""), ChatMessages.content(item.path("content")),
                    score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty(), metadata));
        }
        session.add(new Retrieval(session.nextIndex(), at, source, "", "memory", documents, "", attributes));
    }

    /** {@code CodeExecutionEvent}: the code of the agent's last generation run, {@code result} a CodeResult. */
    private void codeExecution(JsonNode m, String source, SourceRef at, Map<String, JsonNode> attributes) {
        JsonNode result = m.path("result");
        String callId = m.path("id").asText("");
        int index = session.nextIndex();
        session.add(new ToolCall(index, at, source, callId, "code_execution", MissingNode.getInstance(), attributes));
        int resultIndex = session.nextIndex();
        int id = session.intern(new MessageDraft("tool", "code_execution", result.path("output").asText(""), List.of(),
                callId), resultIndex);
        session.add(new ToolResult(resultIndex, at, source, callId, "code_execution", id,
                result.path("exit_code").asInt(0) != 0, Map.of()));
        history.add(id);
        heldBy.computeIfAbsent(id, k -> new HashSet<>()).add(source);
    }

    /** The fields the mapping does not use: id, models_usage, metadata (when not empty), created_at, others. */
    private static Map<String, JsonNode> attributes(JsonNode m) {
        Map<String, JsonNode> out = new TreeMap<>();
        m.properties().forEach(field -> {
            JsonNode value = field.getValue();
            boolean empty = value.isNull() || value.isContainerNode() && value.isEmpty();
            if (!MAPPED.contains(field.getKey()) && !empty) {
                out.put(field.getKey(), value);
            }
        });
        return out;
    }

    private static Map<String, JsonNode> with(Map<String, JsonNode> attributes, String key, JsonNode value) {
        Map<String, JsonNode> out = new TreeMap<>(attributes);
        out.put(key, value);
        return out;
    }
}
