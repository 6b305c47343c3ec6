package dev.coroner.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one conversation into a session. A transcript records messages, not calls, so each agent
 * turn becomes a model call whose context is every earlier message of the transcript (marked with
 * the attribute {@code context: reconstructed}); a turn addressed to another agent
 * ({@code "Orchestrator (-> WebSurfer)"}) also records a handoff; an agent's tool calls or
 * {@code action} become tool-call steps, and tool / environment turns their results.
 */
public final class ConversationReader {

    static final String RECONSTRUCTED = "every earlier message of the transcript";

    private static final Set<String> SYSTEM_ROLES = Set.of("system", "developer");
    private static final Set<String> USER_ROLES = Set.of("user", "human");
    private static final Set<String> AGENT_ROLES = Set.of("assistant", "ai", "model", "bot", "agent");
    private static final Set<String> TOOL_ROLES = Set.of("tool", "function", "environment", "observation", "ipython");
    private static final List<String> ID_KEYS = List.of("id", "conversation_id", "session_id", "thread_id");
    private static final List<String> PRINCIPAL_KEYS = List.of("principal", "user_id", "userId", "user");
    private static final List<String> SYSTEM_KEYS = List.of("system", "system_prompt", "instructions", "profile");
    /** {@code Name (qualifier)}: a speaker with a note, e.g. {@code Orchestrator (-> WebSurfer)}. */
    private static final Pattern SPEAKER = Pattern.compile("\\A\\s*(.+?)\\s*\\((.*)\\)\\s*\\z", Pattern.DOTALL);
    /** {@code tool_name{...}} or {@code tool_name(...)}: an action written as text. */
    private static final Pattern ACTION = Pattern.compile("\\A\\s*([A-Za-z_][\\w.\\-]*)\\s*([({].*)?\\z", Pattern.DOTALL);
    /** {@code Action: tool_name} then {@code Action Input: ...}: the ReAct notation of an action. */
    private static final Pattern REACT_ACTION = Pattern.compile(
            "\\A\\s*(?:Action\\s*:\\s*)?([A-Za-z_][\\w.\\-]*)\\s*\\R+\\s*Action\\s+Input\\s*:\\s*(.*)\\z", Pattern.DOTALL);

    private ConversationReader() {
    }

    static void read(JsonNode record, SourceRef at, String fallbackId, ImportContext context) throws RecordException {
        Opened opened = open(record, at, fallbackId, context);
        new ConversationReader.Turns(opened.session(), at, context).read(record, opened.messages());
    }

    /** A conversation's session, opened with the record's id, principal and fields, and its message list. */
    record Opened(SessionBuilder session, JsonNode messages, String listName) {
    }

    /**
     * Opens the session of one conversation record (a message array, or an object holding one under
     * a {@link ChatTranscriptImporter#MESSAGE_KEYS} key, with its id, principal and outcome fields).
     */
    static Opened open(JsonNode record, SourceRef at, String fallbackId, ImportContext context) throws RecordException {
        JsonNode messages;
        String id = fallbackId;
        String principal = "";
        if (record.isArray()) {
            messages = record;
        } else if (record.isObject()) {
            messages = messageList(record);
            id = firstText(record, ID_KEYS, fallbackId);
            principal = firstText(record, PRINCIPAL_KEYS, "");
        } else {
            throw RecordException.expected("a conversation (an object or a message array)", JsonFields.describe(record));
        }
        SessionBuilder session = context.session(id, at);
        session.principal(principal, at);
        if (record.isObject()) {
            readSessionFields(record, session);
        }
        return new Opened(session, messages, record.isObject() ? Turns.listName(record) : "");
    }

    /**
     * Reads a chat history kept by a store (a Redis list of LangChain messages), turns given in
     * conversation order each with its own location. With {@code speakersArePrincipals}, a user
     * turn's {@code name} is the principal from that turn on, so a history two users wrote into
     * records the change.
     */
    public static void readHistory(SessionBuilder session, List<JsonNode> turns, List<SourceRef> where,
                                   SourceRef at, ImportContext context, boolean speakersArePrincipals) {
        Turns reader = new Turns(session, at, context);
        reader.speakersArePrincipals = speakersArePrincipals;
        for (int i = 0; i < turns.size(); i++) {
            try {
                reader.turn(turns.get(i), where.get(i));
            } catch (RecordException e) {
                context.problem(where.get(i), e.getMessage());
            }
        }
    }

    private static JsonNode messageList(JsonNode record) throws RecordException {
        for (String key : ChatTranscriptImporter.MESSAGE_KEYS) {
            JsonNode list = record.get(key);
            if (list != null && list.isArray()) {
                if (list.size() > 0 && list.get(0).isArray()) {
                    List<JsonNode> flat = new ArrayList<>();
                    list.forEach(inner -> inner.forEach(flat::add));
                    return dev.coroner.trace.TraceJson.mapper().createArrayNode().addAll(flat);
                }
                return list;
            }
        }
        throw new RecordException("expected a message list under one of \""
                + String.join("\", \"", ChatTranscriptImporter.MESSAGE_KEYS) + "\"");
    }

    private static String firstText(JsonNode record, List<String> keys, String fallback) {
        for (String key : keys) {
            JsonNode value = record.get(key);
            if (value != null && (value.isTextual() || value.isIntegralNumber()) && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return fallback;
    }

    private static void readSessionFields(JsonNode record, SessionBuilder session) {
        Set<String> mapped = new java.util.HashSet<>(ChatTranscriptImporter.MESSAGE_KEYS);
        mapped.addAll(SYSTEM_KEYS);
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!mapped.contains(field.getKey())) {
                session.attribute(field.getKey(), field.getValue());
            }
        }
        JsonNode outcome = record.get("outcome");
        JsonNode success = record.has("success") ? record.get("success")
                : record.has("is_correct") ? record.get("is_correct")
                : record.has("is_corrected") ? record.get("is_corrected") : record.get("correct");
        JsonNode error = record.get("error");
        String errorText = error != null && error.isTextual() ? error.asText() : "";
        if (outcome != null && outcome.isTextual()) {
            switch (outcome.asText().toLowerCase(Locale.ROOT)) {
                case "success", "succeeded", "ok", "pass", "passed" -> session.outcome(Outcome.SUCCESS, "");
                case "failure", "failed", "error", "fail" -> session.outcome(Outcome.FAILURE, errorText);
                default -> {
                }
            }
        } else if (success != null && success.isBoolean()) {
            session.outcome(success.asBoolean() ? Outcome.SUCCESS : Outcome.FAILURE, errorText);
        } else if (!errorText.isEmpty()) {
            session.outcome(Outcome.FAILURE, errorText);
        }
    }

    /** Walks the turns of one conversation, in order. */
    static final class Turns {
        private final SessionBuilder session;
        private final SourceRef at;
        private final ImportContext context;
        private final List<Integer> history = new ArrayList<>();
        private final Map<String, String> toolsByCallId = new HashMap<>();
        private String lastTool = "";
        private boolean speakersArePrincipals;

        Turns(SessionBuilder session, SourceRef at, ImportContext context) {
            this.session = session;
            this.at = at;
            this.context = context;
        }

        void read(JsonNode record, JsonNode messages) {
            if (record.isObject()) {
                for (String key : SYSTEM_KEYS) {
                    JsonNode prompt = record.get(key);
                    if (prompt != null && prompt.isTextual() && !prompt.asText().isBlank()) {
                        message(MessageDraft.of("system", prompt.asText()), at.withLocator(key), Map.of());
                        break;
                    }
                }
            }
            String listName = record.isObject() ? listName(record) : "";
            for (int i = 0; i < messages.size(); i++) {
                SourceRef where = at.withLocator(listName + "[" + i + "]");
                try {
                    turn(messages.get(i), where);
                } catch (RecordException e) {
                    context.problem(where, e.getMessage());
                }
            }
        }

        static String listName(JsonNode record) {
            for (String key : ChatTranscriptImporter.MESSAGE_KEYS) {
                if (record.has(key)) {
                    return key;
                }
            }
            return "";
        }

        private void turn(JsonNode turn, SourceRef where) throws RecordException {
            if (!turn.isObject()) {
                throw RecordException.expected("a message object", JsonFields.describe(turn));
            }
            String rawRole = JsonFields.requiredText(turn, "role", "");
            String role = rawRole.strip().toLowerCase(Locale.ROOT);
            String name = JsonFields.optionalText(turn, "name", "");
            String text = content(turn);
            Map<String, JsonNode> extras = extras(turn);
            if (SYSTEM_ROLES.contains(role)) {
                message(new MessageDraft("system", name, text, List.of(), ""), where, extras);
            } else if (USER_ROLES.contains(role)) {
                if (speakersArePrincipals) {
                    session.principal(name, where);
                }
                message(new MessageDraft("user", name, text, List.of(), ""), where, extras);
            } else if (TOOL_ROLES.contains(role)) {
                toolResult(turn, name, text, where, extras);
            } else if (AGENT_ROLES.contains(role)) {
                agentTurn(turn, name.isEmpty() ? "" : name, name, "", text, where, extras);
            } else {
                Matcher speaker = SPEAKER.matcher(rawRole);
                String agent = speaker.matches() ? speaker.group(1) : rawRole.strip();
                String qualifier = speaker.matches() ? speaker.group(2).strip() : "";
                String to = qualifier.startsWith("->") ? qualifier.substring(2).strip() : "";
                agentTurn(turn, agent, name.isEmpty() ? rawRole.strip() : name, to, text, where, extras);
            }
        }

        private void agentTurn(JsonNode turn, String agent, String speaker, String to, String text, SourceRef where,
                               Map<String, JsonNode> extras) throws RecordException {
            List<ToolInvocation> calls = new ArrayList<>();
            JsonNode toolCalls = JsonFields.optionalArray(turn, "tool_calls", "");
            if (toolCalls != null) {
                for (int i = 0; i < toolCalls.size(); i++) {
                    calls.add(openAiToolCall(toolCalls.get(i), " in tool_calls[" + i + "]"));
                }
            }
            String thought = JsonFields.optionalText(turn, "thought", "");
            String action = JsonFields.optionalText(turn, "action", "");
            if (!action.isBlank()) {
                Matcher m = ACTION.matcher(action);
                Matcher react = REACT_ACTION.matcher(action);
                calls.add(m.matches()
                        ? new ToolInvocation("", m.group(1), TextNode.valueOf(argumentsText(m.group(2))))
                        : react.matches()
                        ? new ToolInvocation("", react.group(1), TextNode.valueOf(react.group(2).strip()))
                        : new ToolInvocation("", "action", TextNode.valueOf(action)));
            }
            String output = thought.isEmpty() ? text : text.isEmpty() ? thought : thought + "\n" + text;
            int index = session.nextIndex();
            int out = session.intern(new MessageDraft("assistant", speaker, output, calls, ""), index);
            Map<String, JsonNode> attributes = new TreeMap<>(extras);
            attributes.put("context", TextNode.valueOf(RECONSTRUCTED));
            if (!action.isBlank()) {
                attributes.put("action", TextNode.valueOf(action));
            }
            session.add(new ModelCall(index, where, agent, "", history, true, OptionalInt.of(out), "", attributes));
            history.add(out);
            if (!to.isEmpty()) {
                int handoff = session.nextIndex();
                session.add(new Handoff(handoff, where, agent, agent, to, TextNode.valueOf(output), List.of(out),
                        Map.of()));
            }
            for (ToolInvocation call : calls) {
                int step = session.nextIndex();
                session.add(new ToolCall(step, where, agent, call.id(), call.name(), call.arguments(), Map.of()));
                if (!call.id().isEmpty()) {
                    toolsByCallId.put(call.id(), call.name());
                }
                lastTool = call.name();
            }
        }

        private static String argumentsText(String group) {
            if (group == null) {
                return "";
            }
            String trimmed = group.strip();
            if (trimmed.startsWith("(") && trimmed.endsWith(")")) {
                return trimmed.substring(1, trimmed.length() - 1).strip();
            }
            return trimmed;
        }

        static ToolInvocation openAiToolCall(JsonNode call, String where) throws RecordException {
            if (!call.isObject()) {
                throw RecordException.expected("a tool call object" + where, JsonFields.describe(call));
            }
            JsonNode function = call.get("function");
            JsonNode holder = function != null && function.isObject() ? function : call;
            JsonNode arguments = holder.get("arguments");
            return new ToolInvocation(JsonFields.optionalText(call, "id", where),
                    JsonFields.requiredText(holder, "name", where),
                    arguments == null ? MissingNode.getInstance() : arguments);
        }

        private void toolResult(JsonNode turn, String name, String text, SourceRef where, Map<String, JsonNode> extras)
                throws RecordException {
            String callId = JsonFields.optionalText(turn, "tool_call_id", "");
            String tool = !name.isEmpty() ? name : toolsByCallId.getOrDefault(callId, lastTool);
            int index = session.nextIndex();
            int id = session.intern(new MessageDraft("tool", tool, text, List.of(), callId), index);
            JsonNode flag = turn.get("is_error");
            session.add(new ToolResult(index, where, "", callId, tool, id, flag != null && flag.asBoolean(), extras));
            history.add(id);
        }

        private void message(MessageDraft draft, SourceRef where, Map<String, JsonNode> extras) {
            int index = session.nextIndex();
            int id = session.intern(draft, index);
            session.add(new MessageStep(index, where, draft.name(), id, extras));
            history.add(id);
        }

        private static String content(JsonNode turn) {
            return ChatMessages.content(turn.get("content"));
        }

        private static Map<String, JsonNode> extras(JsonNode turn) {
            Set<String> known = Set.of("role", "name", "content", "tool_calls", "tool_call_id", "thought", "action",
                    "is_error");
            Map<String, JsonNode> out = new TreeMap<>();
            turn.fields().forEachRemaining(f -> {
                if (!known.contains(f.getKey())) {
                    out.put(f.getKey(), f.getValue());
                }
            });
            return out;
        }
    }
}
