package dev.coroner.ingest.ag2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.ToolCallPairing;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the entries of one AG2 logging session, in timestamp order, into steps. A chat completion
 * is a model call whose context is exactly the request's messages; a function use is a tool call
 * with its result, paired to the call id the model requested (the log records none); a
 * {@code received_message} event is a handoff from the sender to the receiving agent.
 */
final class RunAssembler {

    /** What {@code safe_serialize} writes for an exception object a function returned. */
    private static final Pattern RETURNED_EXCEPTION = Pattern.compile("<<non-serializable: \\w*(Error|Exception)>>");

    private final SessionBuilder session;
    private final ImportContext context;
    private final ToolCallPairing pairing = new ToolCallPairing();
    /** Tool calls the models requested, by call id. */
    private final Map<String, ToolInvocation> requested = new HashMap<>();
    /** Call ids that already have a tool-result step. */
    private final Set<String> answered = new HashSet<>();

    /** Agents that call a model in this session: only between two of them is a message a handoff. */
    private final Set<String> modelAgents = new HashSet<>();
    /** One more than the highest message id interned so far: a larger id is a message new to the session. */
    private int knownMessages;

    RunAssembler(SessionBuilder session, ImportContext context) {
        this.session = session;
        this.context = context;
    }

    /** Maps the entries of one session, given in timestamp order. */
    void assemble(List<RuntimeRecord> records) {
        for (RuntimeRecord record : records) {
            if (record instanceof RuntimeRecord.Completion c) {
                modelAgents.add(c.agent());
            }
        }
        records.forEach(this::add);
    }

    private int intern(MessageDraft draft, int index) {
        int id = session.intern(draft, index);
        knownMessages = Math.max(knownMessages, id + 1);
        return id;
    }

    private void add(RuntimeRecord record) {
        if (record instanceof RuntimeRecord.Completion c) {
            completion(c);
        } else if (record instanceof RuntimeRecord.FunctionUse f) {
            functionUse(f);
        } else if (record instanceof RuntimeRecord.Event e) {
            event(e);
        }
    }

    private void completion(RuntimeRecord.Completion c) {
        Map<String, JsonNode> attributes = new TreeMap<>(c.attributes());
        List<MessageDraft> input = new ArrayList<>();
        JsonNode messages = c.request().path("messages");
        for (int i = 0; i < messages.size(); i++) {
            try {
                input.add(ChatMessages.openAi(messages.get(i), " in request.messages[" + i + "]"));
            } catch (RecordException e) {
                context.problem(c.at(), e.getMessage());
            }
        }
        // A result the function log does not hold (the function raised, or was not a logged
        // function) is first seen in the request that hands it back to the model.
        for (MessageDraft draft : input) {
            if (draft.role().equals("tool") && requested.containsKey(draft.toolCallId())
                    && !answered.contains(draft.toolCallId())) {
                resultFromMessage(draft, c.at(), "request.messages of the next call");
            }
        }
        c.request().fields().forEachRemaining(f -> {
            if (!Set.of("messages", "tools", "model").contains(f.getKey())) {
                attributes.put("request." + f.getKey(), f.getValue());
            }
        });
        JsonNode response = c.response();
        for (String key : List.of("usage", "id", "system_fingerprint")) {
            if (response.hasNonNull(key)) {
                attributes.put("response." + key, response.get(key));
            }
        }
        JsonNode choice = response.path("choices").path(0);
        if (choice.hasNonNull("finish_reason")) {
            attributes.put("response.finish_reason", choice.get("finish_reason"));
        }
        int index = session.nextIndex();
        List<Integer> contextIds = new ArrayList<>();
        input.forEach(draft -> contextIds.add(intern(draft, index)));
        OptionalInt output = OptionalInt.empty();
        MessageDraft out = output(choice.path("message"), c);
        if (out != null) {
            output = OptionalInt.of(intern(out, index));
            for (ToolInvocation call : out.toolCalls()) {
                requested.put(call.id(), call);
            }
            pairing.requested(out.toolCalls());
        }
        String model = response.path("model").asText(c.request().path("model").asText(""));
        session.add(new ModelCall(index, c.at(), c.agent(), model, contextIds, c.request().has("messages"), output,
                c.error(), attributes, tools(c.request().get("tools")), session.verbatim(input, contextIds)));
    }

    /**
     * The first choice's message. AG2 keeps an agent's own text reply in its history under the
     * agent's name (a reply with tool calls without one), so the output is named the same way and
     * is one message with its echo in the agent's next request.
     */
    private MessageDraft output(JsonNode message, RuntimeRecord.Completion c) {
        if (!message.isObject()) {
            return null;
        }
        ObjectNode copy = message.deepCopy();
        if (!copy.hasNonNull("role")) {
            copy.put("role", "assistant");
        }
        try {
            MessageDraft draft = ChatMessages.openAi(copy, " in response.choices[0].message");
            if (draft.toolCalls().isEmpty() && draft.name().isEmpty() && !c.agent().isEmpty()) {
                return new MessageDraft(draft.role(), c.agent(), draft.text(), List.of(), draft.toolCallId());
            }
            return draft;
        } catch (RecordException e) {
            context.problem(c.at(), e.getMessage());
            return null;
        }
    }

    /** JSON text as a tree, scalars included ({@code "text"} is a string); null when it is not JSON. */
    static JsonNode jsonText(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = TraceJson.mapper().readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Optional<List<ToolDefinition>> tools(JsonNode definitions) {
        if (definitions == null || !definitions.isArray()) {
            return Optional.empty();
        }
        List<ToolDefinition> out = new ArrayList<>();
        for (JsonNode tool : definitions) {
            JsonNode function = tool.path("function");
            if (!function.path("name").asText("").isEmpty()) {
                out.add(new ToolDefinition(function.path("name").asText(), function.path("description").asText(""),
                        function.path("parameters").isObject() ? function.get("parameters") : MissingNode.getInstance()));
            }
        }
        return Optional.of(out);
    }

    /** A requested call whose result the function log lacks, first seen in a message that carries it. */
    private void resultFromMessage(MessageDraft draft, SourceRef at, String where) {
        ToolInvocation call = requested.get(draft.toolCallId());
        pairing.claimed(call.id());
        Map<String, JsonNode> note = Map.of("ag2.result_from", TextNode.valueOf(where));
        int callIndex = session.nextIndex();
        session.add(new ToolCall(callIndex, at, "", call.id(), call.name(), call.arguments(), note));
        int resultIndex = session.nextIndex();
        int message = intern(new MessageDraft("tool", call.name(), draft.text(), List.of(), call.id()), resultIndex);
        session.add(new ToolResult(resultIndex, at, "", call.id(), call.name(), message, false, note));
        answered.add(call.id());
    }

    private void functionUse(RuntimeRecord.FunctionUse f) {
        JsonNode args = f.args() == null ? MissingNode.getInstance() : f.args();
        String callId = f.function().isEmpty() ? pairing.claimByArguments(args) : pairing.claim(f.function(), args);
        ToolInvocation call = requested.get(callId);
        String tool = !f.function().isEmpty() ? f.function() : call != null ? call.name() : "";
        Map<String, JsonNode> attributes = new TreeMap<>();
        if (callId.isEmpty()) {
            attributes.put("ag2.unpaired", TextNode.valueOf("no open tool call of the previous model output matches"));
        }
        int callIndex = session.nextIndex();
        session.add(new ToolCall(callIndex, f.at(), f.agent(), callId, tool, args, attributes));
        int resultIndex = session.nextIndex();
        JsonNode returns = f.returns() == null ? MissingNode.getInstance() : f.returns();
        int message = intern(returns.isMissingNode() || returns.isNull()
                ? new MessageDraft("tool", tool, "", List.of(), callId)
                : ChatMessages.toolResult(tool, returns, "", callId), resultIndex);
        boolean exception = returns.isTextual() && RETURNED_EXCEPTION.matcher(returns.asText()).matches();
        session.add(new ToolResult(resultIndex, f.at(), f.agent(), callId, tool, message, exception, Map.of()));
        if (!callId.isEmpty()) {
            answered.add(callId);
        }
    }

    private void event(RuntimeRecord.Event e) {
        if (e.name().equals("received_message")) {
            received(e);
            return;
        }
        Map<String, JsonNode> attributes = new TreeMap<>();
        e.state().fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue()));
        String name = e.name().equals("reply_func_executed") ? e.state().path("reply_func_name").asText(e.name())
                : e.name();
        session.add(new NodeStep(session.nextIndex(), e.at(), e.agent(), name, e.name(), false, "", attributes));
    }

    /**
     * A message the event's agent received. Between two agents that both call a model it is a
     * handoff, its messages as they join the receiver's history (AG2 makes another agent's text a
     * user turn named for the sender). Otherwise (a user proxy, a human, a tool executor) it is a
     * message step when it brings something new, such as the task, and nothing when it only
     * delivers what is already in the session (a model's output, a logged tool result).
     */
    private void received(RuntimeRecord.Event e) {
        String sender = e.state().path("sender").asText("");
        String receiver = e.agent();
        boolean handoff = modelAgents.contains(sender) && modelAgents.contains(receiver) && !sender.equals(receiver);
        List<MessageDraft> drafts;
        try {
            drafts = receivedDrafts(e.state().path("message"), sender,
                    handoff || !modelAgents.contains(sender) ? "user" : "assistant");
        } catch (RecordException ex) {
            context.problem(e.at(), ex.getMessage());
            return;
        }
        for (MessageDraft draft : drafts) {
            if (draft.role().equals("tool") && requested.containsKey(draft.toolCallId())
                    && !answered.contains(draft.toolCallId())) {
                resultFromMessage(draft, e.at(), "a received_message event");
            }
        }
        Map<String, JsonNode> attributes = new TreeMap<>();
        if (e.state().has("valid")) {
            attributes.put("ag2.valid", e.state().get("valid"));
        }
        int index = session.nextIndex();
        int known = knownMessages;
        List<Integer> ids = new ArrayList<>();
        drafts.forEach(draft -> ids.add(intern(draft, index)));
        if (handoff) {
            session.add(new Handoff(index, e.at(), sender, sender, receiver, MissingNode.getInstance(), ids,
                    attributes));
            return;
        }
        attributes.put("ag2.receiver", TextNode.valueOf(receiver));
        for (int id : ids) {
            if (id >= known) {
                session.add(new MessageStep(session.nextIndex(), e.at(), sender, id, attributes));
            }
        }
    }

    /** The drafts of a received message; a text turn takes {@code textRole}, named for the sender. */
    private static List<MessageDraft> receivedDrafts(JsonNode message, String sender, String textRole)
            throws RecordException {
        if (message.isTextual()) {
            return List.of(new MessageDraft(textRole, sender, message.asText(), List.of(), ""));
        }
        if (!message.isObject()) {
            throw RecordException.expected("the received message as a string or an object in json_state.message",
                    dev.coroner.ingest.JsonFields.describe(message));
        }
        JsonNode responses = message.path("tool_responses");
        if (responses.isArray() && !responses.isEmpty()) {
            List<MessageDraft> out = new ArrayList<>();
            for (JsonNode response : responses) {
                out.add(ChatMessages.toolResult("", response.get("content"), "", response.path("tool_call_id").asText("")));
            }
            return out;
        }
        ObjectNode copy = message.deepCopy();
        boolean calls = message.path("tool_calls").isArray() && !message.path("tool_calls").isEmpty();
        String role = message.path("role").asText("");
        if (calls) {
            copy.put("role", "assistant");
        } else if (!role.equals("tool") && !role.equals("function")) {
            copy.put("role", message.has("override_role") ? message.path("override_role").asText(textRole) : textRole);
            if (!copy.hasNonNull("name")) {
                copy.put("name", sender);
            }
        }
        return List.of(ChatMessages.openAi(copy, " in json_state.message"));
    }
}
