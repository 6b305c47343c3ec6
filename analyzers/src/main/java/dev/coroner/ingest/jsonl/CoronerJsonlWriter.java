package dev.coroner.ingest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes sessions as coroner JSONL v1 ({@code docs/formats/coroner-jsonl.md}), the inverse of
 * {@link CoronerJsonlImporter}: one {@code session} event per session, then one event per step in
 * order. Messages are written in full where the step holds them, so reading the file back interns
 * the same messages with the same provenance; attributes (including coroner's evidence marks) go
 * into {@code attributes}; the source location of each step is kept as its event {@code id}.
 */
public final class CoronerJsonlWriter {

    private final ObjectMapper mapper = TraceJson.mapper();
    private final Writer out;
    private boolean first = true;

    public CoronerJsonlWriter(Writer out) {
        this.out = out;
    }

    public void write(Session session) throws IOException {
        ObjectNode header = event("session", session.id());
        if (session.hasPrincipal()) {
            header.put("principal", session.principal());
        }
        if (session.outcome() != Outcome.UNKNOWN) {
            header.put("outcome", session.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!session.failure().isEmpty()) {
            header.put("error", session.failure());
        }
        attributes(header, session.attributes());
        emit(header);
        // A principal that changes mid-session (a history two users wrote into) is a session event
        // naming the new principal before the step it starts at; the first is the header's.
        java.util.Map.Entry<Integer, String> first = session.principalChanges().firstEntry();
        for (Step step : session.steps()) {
            String change = session.principalChanges().get(step.index());
            if (change != null && first != null && step.index() != first.getKey()) {
                ObjectNode next = event("session", session.id());
                next.put("principal", change);
                emit(next);
            }
            emit(step(session, step));
        }
    }

    private ObjectNode step(Session session, Step step) {
        ObjectNode e;
        if (step instanceof MessageStep m) {
            e = event("message", session.id());
            message(e, session.message(m.message()));
        } else if (step instanceof ModelCall c) {
            e = event("model_call", session.id());
            put(e, "model", c.model());
            ArrayNode input = e.putArray("input");
            c.context().forEach(id -> input.add(message(mapper.createObjectNode(), session.message(id))));
            if (c.inputRecorded() && c.context().isEmpty()) {
                e.put("input_recorded", true);
            }
            c.output().ifPresent(id -> e.set("output", message(mapper.createObjectNode(), session.message(id))));
            put(e, "error", c.error());
            c.tools().ifPresent(definitions -> {
                ArrayNode tools = e.putArray("tools");
                for (ToolDefinition definition : definitions) {
                    ObjectNode tool = tools.addObject();
                    tool.put("name", definition.name());
                    put(tool, "description", definition.description());
                    if (definition.hasParameters()) {
                        tool.set("parameters", definition.parameters());
                    }
                }
            });
        } else if (step instanceof ToolCall c) {
            e = event("tool_call", session.id());
            e.put("tool", c.tool());
            put(e, "call_id", c.callId());
            if (c.arguments() != null && !c.arguments().isMissingNode()) {
                e.set("arguments", c.arguments());
            }
        } else if (step instanceof ToolResult r) {
            e = event("tool_result", session.id());
            put(e, "call_id", r.callId());
            put(e, "tool", r.tool());
            e.put("content", session.message(r.message()).text());
            if (r.flaggedError()) {
                e.put("is_error", true);
            }
        } else if (step instanceof Retrieval r) {
            e = event("retrieval", session.id());
            put(e, "query", r.query());
            put(e, "source", r.store());
            ArrayNode docs = e.putArray("documents");
            for (Document d : r.documents()) {
                ObjectNode doc = docs.addObject();
                put(doc, "id", d.id());
                doc.put("content", d.content());
                d.score().ifPresent(s -> doc.put("score", s));
                if (d.metadata() != null && d.metadata().isObject() && d.metadata().size() > 0) {
                    doc.set("metadata", d.metadata());
                }
            }
            put(e, "error", r.error());
        } else if (step instanceof StateSnapshot s) {
            e = event("state", session.id());
            e.set("state", s.state());
            put(e, "namespace", s.namespace());
            put(e, "version", s.version());
            if (!s.deleted().isEmpty()) {
                ArrayNode deleted = e.putArray("deleted");
                s.deleted().forEach(deleted::add);
            }
        } else if (step instanceof Handoff h) {
            e = event("handoff", session.id());
            e.put("from", h.from());
            e.put("to", h.to());
            if (h.payload() != null && !h.payload().isMissingNode()) {
                e.set("payload", h.payload());
            }
            if (!h.messages().isEmpty()) {
                ArrayNode messages = e.putArray("messages");
                h.messages().forEach(id -> messages.add(message(mapper.createObjectNode(), session.message(id))));
            }
        } else if (step instanceof NodeStep n) {
            e = event("step", session.id());
            e.put("name", n.name());
            put(e, "kind", n.type());
            if (n.failed()) {
                e.put("status", "error");
            }
            put(e, "error", n.error());
        } else {
            throw new IllegalStateException("unknown step kind " + step.kind());
        }
        put(e, "id", step.source().toString());
        put(e, "agent", step.agent());
        attributes(e, step.attributes());
        return e;
    }

    private ObjectNode message(ObjectNode node, Message m) {
        node.put("role", m.role());
        put(node, "name", m.name());
        node.put("content", m.text());
        if (!m.toolCalls().isEmpty()) {
            ArrayNode calls = node.putArray("tool_calls");
            for (ToolInvocation call : m.toolCalls()) {
                ObjectNode c = calls.addObject();
                put(c, "id", call.id());
                c.put("name", call.name());
                if (call.arguments() != null && !call.arguments().isMissingNode()) {
                    c.set("arguments", call.arguments());
                }
            }
        }
        put(node, "tool_call_id", m.toolCallId());
        return node;
    }

    private ObjectNode event(String type, String session) {
        ObjectNode e = mapper.createObjectNode();
        if (first) {
            e.put("coroner", 1);
            first = false;
        }
        e.put("type", type);
        e.put("session", session);
        return e;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void attributes(ObjectNode node, Map<String, JsonNode> attributes) {
        if (!attributes.isEmpty()) {
            ObjectNode target = node.putObject("attributes");
            new TreeMap<>(attributes).forEach(target::set);
        }
    }

    private void emit(ObjectNode event) throws IOException {
        out.write(mapper.writeValueAsString(event));
        out.write('\n');
    }
}
