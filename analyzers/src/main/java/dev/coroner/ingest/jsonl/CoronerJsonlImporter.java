package dev.coroner.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.LineReader;
import dev.coroner.ingest.OpenSessions;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads coroner JSONL v1 (see {@code docs/formats/coroner-jsonl.md}): one event per line, the
 * first carrying {@code "coroner": 1}. Each line is parsed on its own, so memory follows the
 * longest line, not the file; a line that cannot be read becomes an import problem.
 */
public final class CoronerJsonlImporter implements StreamImporter {

    public static final String NAME = "coroner-jsonl";

    private static final Pattern MARKER = Pattern.compile("\\A\\{.*\"coroner\"\\s*:", Pattern.DOTALL);
    private static final List<String> TYPES = List.of(
            "session", "step", "message", "model_call", "tool_call", "tool_result", "retrieval", "state", "handoff");
    private static final Set<String> COMMON = Set.of("coroner", "type", "session", "id", "agent", "attributes");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "coroner's own JSONL event format, v1 (one event per line, first line carries \"coroner\": 1)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the \"session\" field of every event",
                List.of("model calls with their exact input messages", "tool calls and results paired by call_id",
                        "retrievals with document text", "state snapshots and patches with deliberate deletions",
                        "handoffs", "principal and outcome of a session"),
                List.of("only what the logging code chose to write: a field left out is not evidence"));
    }

    @Override
    public boolean recognises(Head head) {
        String first = head.firstLine();
        if (!first.startsWith("{")) {
            return false;
        }
        if (!head.firstLineComplete()) {
            return MARKER.matcher(first).lookingAt();
        }
        JsonNode node = TraceJson.tryParse(first);
        return node != null && node.isObject() && node.has("coroner");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Map<String, Map<String, String>> toolNames = new TreeMap<>();
        // Events of one session may be anywhere in the file; a session not named for a while is handed to
        // the loader, which stores it within the memory budget and continues it if it comes back.
        OpenSessions open = new OpenSessions(context);
        LineReader.forEachLine(input.reader(), input.name(), context, (text, at) -> {
            SessionBuilder touched = readEvent(parseLine(text), at, context, toolNames);
            if (touched != null) {
                open.touched(touched, text.length());
            }
        });
    }

    private static JsonNode parseLine(String line) throws RecordException {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{")) {
            if (trimmed.startsWith("[")) {
                throw RecordException.expected("a JSON object", "an array");
            }
            throw RecordException.expected("a JSON object", "'" + firstToken(trimmed) + "'");
        }
        try {
            return TraceJson.mapper().readTree(trimmed);
        } catch (StreamConstraintsException e) {
            throw RecordException.expected("a JSON object within coroner's read limits", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw RecordException.expected("a complete JSON object",
                    (column > 0 ? "at column " + column + ": " : "") + detail);
        }
    }

    private static String firstToken(String text) {
        int end = 1;
        while (end < text.length() && end < 20 && Character.isLetterOrDigit(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(0))) {
            end++;
        }
        return text.substring(0, end);
    }

    /** Reads one event into its session; returns that session's builder, or null when none was touched. */
    private SessionBuilder readEvent(JsonNode event, SourceRef line, ImportContext context,
                                     Map<String, Map<String, String>> toolNames) throws RecordException {
        JsonNode version = event.get("coroner");
        // Compare the exact value: asInt() would wrap 4294967297 around to 1.
        if (version != null && !(version.isIntegralNumber() && version.bigIntegerValue().equals(BigInteger.ONE))) {
            throw RecordException.expected("\"coroner\": 1 (this reader knows format v1)",
                    "\"coroner\": " + version);
        }
        JsonNode typeNode = event.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw RecordException.expected("field \"type\" (one of " + String.join(", ", TYPES) + ")",
                    typeNode == null ? "no such field" : JsonFields.describe(typeNode));
        }
        String type = typeNode.asText();
        if (!TYPES.contains(type)) {
            throw RecordException.expected("one of " + String.join(", ", TYPES) + " as \"type\"",
                    "\"" + type + "\"");
        }
        String sessionId = JsonFields.requiredText(event, "session", "");
        if (sessionId.isEmpty()) {
            throw RecordException.expected("field \"session\" to be a non-empty string", "\"\"");
        }
        String eventId = JsonFields.optionalText(event, "id", "");
        SourceRef at = eventId.isEmpty() ? line : line.withLocator("event " + eventId);
        String agent = JsonFields.optionalText(event, "agent", "");
        // The session is looked up only once the whole event has been read: a line that becomes an
        // import problem must not create a session, intern messages or take a step index.
        SessionBuilder[] touched = new SessionBuilder[1];
        Supplier<SessionBuilder> session = () -> touched[0] != null ? touched[0]
                : (touched[0] = context.session(sessionId, at));
        Step step = switch (type) {
            case "session" -> {
                readSession(event, at, session);
                yield null;
            }
            case "message" -> readMessageEvent(event, at, agent, session);
            case "model_call" -> readModelCall(event, at, agent, session);
            case "tool_call" -> readToolCall(event, at, agent, session,
                    toolNames.computeIfAbsent(sessionId, k -> new TreeMap<>()));
            case "tool_result" -> readToolResult(event, at, agent, session,
                    toolNames.getOrDefault(sessionId, Map.of()));
            case "retrieval" -> readRetrieval(event, at, agent, session);
            case "state" -> readState(event, at, agent, session);
            case "handoff" -> readHandoff(event, at, agent, session);
            case "step" -> readStep(event, at, agent, session);
            default -> throw new IllegalStateException("type list and switch disagree: " + type);
        };
        if (step != null) {
            session.get().add(step);
        }
        return touched[0];
    }

    private static void readSession(JsonNode event, SourceRef at, Supplier<SessionBuilder> session)
            throws RecordException {
        String principal = JsonFields.optionalText(event, "principal", "");
        String outcome = JsonFields.optionalText(event, "outcome", "");
        String error = outcome.equals("failure") ? JsonFields.optionalText(event, "error", "") : "";
        Outcome value = switch (outcome) {
            case "" -> null;
            case "success" -> Outcome.SUCCESS;
            case "failure" -> Outcome.FAILURE;
            case "unknown" -> Outcome.UNKNOWN;
            default -> throw RecordException.expected("\"outcome\" to be success, failure or unknown",
                    "\"" + outcome + "\"");
        };
        SessionBuilder builder = session.get();
        builder.principal(principal, at);
        if (value != null) {
            builder.outcome(value, error);
        }
        extras(event, "principal", "outcome", "error").forEach(builder::attribute);
    }

    private static MessageStep readMessageEvent(JsonNode event, SourceRef at, String agent,
                                                Supplier<SessionBuilder> session) throws RecordException {
        MessageDraft draft = readMessage(event, "");
        SessionBuilder builder = session.get();
        int index = builder.nextIndex();
        return new MessageStep(index, at, agent, builder.intern(draft, index),
                extras(event, "role", "name", "content", "tool_calls", "tool_call_id"));
    }

    private static NodeStep readStep(JsonNode event, SourceRef at, String agent, Supplier<SessionBuilder> session)
            throws RecordException {
        String name = JsonFields.requiredText(event, "name", "");
        String kind = JsonFields.optionalText(event, "kind", "");
        boolean failed = "error".equals(JsonFields.optionalText(event, "status", ""));
        String error = JsonFields.optionalText(event, "error", "");
        return new NodeStep(session.get().nextIndex(), at, agent, name, kind, failed, error,
                extras(event, "name", "kind", "status", "error"));
    }

    private static ModelCall readModelCall(JsonNode event, SourceRef at, String agent,
                                           Supplier<SessionBuilder> session) throws RecordException {
        JsonNode input = JsonFields.optionalArray(event, "input", "");
        List<MessageDraft> drafts = new ArrayList<>();
        if (input != null) {
            for (int i = 0; i < input.size(); i++) {
                drafts.add(readMessage(input.get(i), " in input[" + i + "]"));
            }
        }
        OptionalInt output = OptionalInt.empty();
        JsonNode out = JsonFields.optionalObject(event, "output", "");
        MessageDraft outputDraft = out == null ? null : readMessage(out, " in output");
        String model = JsonFields.optionalText(event, "model", "");
        String error = JsonFields.optionalText(event, "error", "");
        Optional<List<ToolDefinition>> tools = readTools(event);
        SessionBuilder builder = session.get();
        int index = builder.nextIndex();
        List<Integer> context = builder.internAll(drafts, index);
        if (outputDraft != null) {
            output = OptionalInt.of(builder.intern(outputDraft, index));
        }
        boolean recorded = !drafts.isEmpty() || input != null && event.path("input_recorded").asBoolean(false);
        return new ModelCall(index, at, agent, model, context, recorded, output, error,
                extras(event, "model", "input", "input_recorded", "output", "error", "tools"), tools);
    }

    /** The optional {@code tools} of a model call: what the model was offered, each {name, description?, parameters?}. */
    private static Optional<List<ToolDefinition>> readTools(JsonNode event) throws RecordException {
        JsonNode tools = JsonFields.optionalArray(event, "tools", "");
        if (tools == null) {
            return Optional.empty();
        }
        List<ToolDefinition> out = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            JsonNode tool = tools.get(i);
            String where = " in tools[" + i + "]";
            if (!tool.isObject()) {
                throw RecordException.expected("tools[" + i + "] to be a tool definition object", JsonFields.describe(tool));
            }
            String name = JsonFields.requiredText(tool, "name", where);
            String description = JsonFields.optionalText(tool, "description", where);
            JsonNode parameters = JsonFields.optionalObject(tool, "parameters", where);
            out.add(new ToolDefinition(name, description, parameters == null ? MissingNode.getInstance() : parameters));
        }
        return Optional.of(out);
    }

    private static ToolCall readToolCall(JsonNode event, SourceRef at, String agent, Supplier<SessionBuilder> session,
                                         Map<String, String> toolNames) throws RecordException {
        String tool = JsonFields.requiredText(event, "tool", "");
        String callId = JsonFields.optionalText(event, "call_id", "");
        if (!callId.isEmpty()) {
            toolNames.put(callId, tool);
        }
        JsonNode arguments = event.get("arguments");
        return new ToolCall(session.get().nextIndex(), at, agent, callId, tool,
                arguments == null ? MissingNode.getInstance() : arguments,
                extras(event, "tool", "call_id", "arguments"));
    }

    private static ToolResult readToolResult(JsonNode event, SourceRef at, String agent,
                                             Supplier<SessionBuilder> session, Map<String, String> toolNames)
            throws RecordException {
        JsonNode content = event.get("content");
        if (content == null) {
            throw new RecordException("expected field \"content\" (what the tool returned)");
        }
        String callId = JsonFields.optionalText(event, "call_id", "");
        String tool = JsonFields.optionalText(event, "tool", "");
        if (tool.isEmpty()) {
            tool = toolNames.getOrDefault(callId, "");
        }
        JsonNode flag = event.get("is_error");
        if (flag != null && !flag.isBoolean() && !flag.isNull()) {
            throw RecordException.expected("field \"is_error\" to be true or false", JsonFields.describe(flag));
        }
        String text = content.isTextual() ? content.asText() : content.isNull() ? "" : content.toString();
        SessionBuilder builder = session.get();
        int index = builder.nextIndex();
        int message = builder.intern(new MessageDraft("tool", tool, text, List.of(), callId), index);
        return new ToolResult(index, at, agent, callId, tool, message, flag != null && flag.asBoolean(),
                extras(event, "call_id", "tool", "content", "is_error"));
    }

    private static Retrieval readRetrieval(JsonNode event, SourceRef at, String agent,
                                           Supplier<SessionBuilder> session) throws RecordException {
        JsonNode docs = JsonFields.optionalArray(event, "documents", "");
        if (docs == null) {
            throw new RecordException("expected field \"documents\" (an array, empty when nothing was found)");
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode doc = docs.get(i);
            String where = " in documents[" + i + "]";
            if (!doc.isObject()) {
                throw RecordException.expected("documents[" + i + "] to be an object", JsonFields.describe(doc));
            }
            JsonNode score = doc.get("score");
            if (score != null && !score.isNumber() && !score.isNull()) {
                throw RecordException.expected("field \"score\"" + where + " to be a number", JsonFields.describe(score));
            }
            JsonNode metadata = JsonFields.optionalObject(doc, "metadata", where);
            documents.add(new Document(JsonFields.optionalText(doc, "id", where),
                    JsonFields.requiredText(doc, "content", where),
                    score == null || score.isNull() ? OptionalDouble.empty() : OptionalDouble.of(score.asDouble()),
                    metadata == null ? TraceJson.mapper().createObjectNode() : metadata));
        }
        String query = JsonFields.optionalText(event, "query", "");
        String store = JsonFields.optionalText(event, "source", "");
        String error = JsonFields.optionalText(event, "error", "");
        return new Retrieval(session.get().nextIndex(), at, agent, query, store, documents, error,
                extras(event, "query", "source", "documents", "error"));
    }

    private static StateSnapshot readState(JsonNode event, SourceRef at, String agent,
                                           Supplier<SessionBuilder> session) throws RecordException {
        JsonNode written = JsonFields.optionalObject(event, "state", "");
        if (written == null) {
            throw new RecordException("expected field \"state\" (an object)");
        }
        String namespace = JsonFields.optionalText(event, "namespace", "");
        JsonNode versionNode = event.get("version");
        if (versionNode != null && !versionNode.isTextual() && !versionNode.isNumber() && !versionNode.isNull()) {
            throw RecordException.expected("field \"version\" to be a string or number",
                    JsonFields.describe(versionNode));
        }
        String mode = JsonFields.optionalText(event, "mode", "");
        if (!mode.isEmpty() && !mode.equals("replace") && !mode.equals("patch")) {
            throw RecordException.expected("\"mode\" to be replace or patch", "\"" + mode + "\"");
        }
        List<String> deleted = new ArrayList<>();
        JsonNode deletedNode = JsonFields.optionalArray(event, "deleted", "");
        if (deletedNode != null) {
            for (JsonNode path : deletedNode) {
                if (!path.isTextual()) {
                    throw RecordException.expected("\"deleted\" to hold dotted paths (strings)", JsonFields.describe(path));
                }
                deleted.add(path.asText());
            }
        }
        ObjectNode state = written.deepCopy();
        SessionBuilder builder = session.get();
        StateSnapshot previous = builder.lastState(namespace);
        if (mode.equals("patch") && previous != null) {
            ObjectNode merged = previous.state().deepCopy();
            merge(merged, state);
            state = merged;
        }
        for (String path : deleted) {
            remove(state, path);
        }
        return new StateSnapshot(builder.nextIndex(), at, agent, namespace, state,
                versionNode == null || versionNode.isNull() ? "" : versionNode.asText(), deleted,
                extras(event, "state", "namespace", "version", "mode", "deleted"));
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                merge(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void remove(ObjectNode state, String dottedPath) {
        String[] parts = dottedPath.split("\\.");
        JsonNode node = state;
        for (int i = 0; i < parts.length - 1 && node != null; i++) {
            node = node.get(parts[i]);
        }
        if (node instanceof ObjectNode parent) {
            parent.remove(parts[parts.length - 1]);
        }
    }

    private static Handoff readHandoff(JsonNode event, SourceRef at, String agent, Supplier<SessionBuilder> session)
            throws RecordException {
        JsonNode messagesNode = JsonFields.optionalArray(event, "messages", "");
        List<MessageDraft> drafts = new ArrayList<>();
        if (messagesNode != null) {
            for (int i = 0; i < messagesNode.size(); i++) {
                drafts.add(readMessage(messagesNode.get(i), " in messages[" + i + "]"));
            }
        }
        JsonNode payload = event.get("payload");
        String from = JsonFields.requiredText(event, "from", "");
        String to = JsonFields.requiredText(event, "to", "");
        SessionBuilder builder = session.get();
        int index = builder.nextIndex();
        return new Handoff(index, at, agent, from, to, payload == null ? MissingNode.getInstance() : payload,
                builder.internAll(drafts, index), extras(event, "from", "to", "payload", "messages"));
    }

    /** Reads one message object (an event of type message, an input item, an output). */
    static MessageDraft readMessage(JsonNode node, String where) throws RecordException {
        if (node == null || !node.isObject()) {
            throw RecordException.expected("a message object" + where, JsonFields.describe(node));
        }
        String role = JsonFields.requiredText(node, "role", where);
        if (!Set.of("system", "developer", "user", "assistant", "tool").contains(role)) {
            throw RecordException.expected("role system, developer, user, assistant or tool" + where,
                    "\"" + role + "\"");
        }
        List<ToolInvocation> calls = new ArrayList<>();
        JsonNode toolCalls = JsonFields.optionalArray(node, "tool_calls", where);
        if (toolCalls != null) {
            for (int i = 0; i < toolCalls.size(); i++) {
                JsonNode call = toolCalls.get(i);
                String callWhere = " in tool_calls[" + i + "]" + where;
                if (!call.isObject()) {
                    throw RecordException.expected("a tool call object" + callWhere, JsonFields.describe(call));
                }
                JsonNode arguments = call.get("arguments");
                calls.add(new ToolInvocation(JsonFields.optionalText(call, "id", callWhere),
                        JsonFields.requiredText(call, "name", callWhere),
                        arguments == null ? MissingNode.getInstance() : arguments));
            }
        }
        return new MessageDraft(role, JsonFields.optionalText(node, "name", where), content(node.get("content"), where),
                calls, JsonFields.optionalText(node, "tool_call_id", where));
    }

    private static String content(JsonNode content, String where) throws RecordException {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            throw RecordException.expected("\"content\"" + where + " to be a string or a list of parts",
                    JsonFields.describe(content));
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content) {
            JsonNode text = part.get("text");
            if (text != null && text.isTextual()) {
                texts.add(text.asText());
            }
        }
        return String.join("\n", texts);
    }

    /** Fields outside the common ones and the type's own: kept verbatim as attributes. */
    private static Map<String, JsonNode> extras(JsonNode event, String... known) {
        Map<String, JsonNode> out = new TreeMap<>();
        Set<String> own = Set.of(known);
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.equals("attributes") && field.getValue().isObject()) {
                field.getValue().fields().forEachRemaining(a -> out.put(a.getKey(), a.getValue()));
            } else if (!COMMON.contains(name) && !own.contains(name)) {
                out.put(name, field.getValue());
            }
        }
        return out;
    }
}
