package dev.coroner.ingest.spill;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import java.util.Map;

/**
 * An estimate of the heap a session takes: its texts at two bytes a character (what a string of
 * non-Latin text costs; Latin text costs half, the headroom covers the objects around it) and a fixed
 * cost per step, message and JSON node. It decides what is spilled and what is over the budget, so it
 * errs on the large side and costs one walk over the session.
 */
public final class SessionSize {

    private static final long PER_OBJECT = 48;

    private SessionSize() {
    }

    public static long estimate(Session session) {
        long bytes = PER_OBJECT * 4 + text(session.id()) + attributes(session.attributes());
        for (Message message : session.messages()) {
            bytes += PER_OBJECT * 2 + text(message.text()) + text(message.verbatim()) + text(message.digest())
                    + text(message.name());
            for (ToolInvocation call : message.toolCalls()) {
                bytes += PER_OBJECT + text(call.id()) + text(call.name()) + node(call.arguments());
            }
        }
        for (Step step : session.steps()) {
            bytes += PER_OBJECT * 3 + text(step.agent()) + text(step.source().locator()) + attributes(step.attributes())
                    + content(step);
        }
        return bytes;
    }

    private static long content(Step step) {
        if (step instanceof ModelCall call) {
            long bytes = 16L * call.context().size();
            for (String recorded : call.verbatim().values()) {
                bytes += text(recorded);
            }
            if (call.tools().isPresent()) {
                for (ToolDefinition tool : call.tools().get()) {
                    bytes += PER_OBJECT + text(tool.name()) + text(tool.description()) + node(tool.parameters());
                }
            }
            return bytes + text(call.error());
        }
        if (step instanceof ToolCall call) {
            return node(call.arguments());
        }
        if (step instanceof Retrieval retrieval) {
            long bytes = text(retrieval.query());
            for (Document document : retrieval.documents()) {
                bytes += PER_OBJECT + text(document.id()) + text(document.content()) + node(document.metadata());
            }
            return bytes;
        }
        if (step instanceof StateSnapshot snapshot) {
            return node(snapshot.state());
        }
        if (step instanceof Handoff handoff) {
            return node(handoff.payload()) + 16L * handoff.messages().size();
        }
        return 0;
    }

    /** The estimate of attributes held in a map (also of a spilled span's). */
    public static long attributes(Map<String, JsonNode> attributes) {
        long bytes = 0;
        for (Map.Entry<String, JsonNode> entry : attributes.entrySet()) {
            bytes += PER_OBJECT + text(entry.getKey()) + node(entry.getValue());
        }
        return bytes;
    }

    /** The estimate of a JSON value. */
    public static long node(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (node.isTextual()) {
            return PER_OBJECT + text(node.textValue());
        }
        long bytes = PER_OBJECT;
        if (node.isContainerNode()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                bytes += PER_OBJECT + text(field.getKey()) + node(field.getValue());
            }
            if (node.isArray()) {
                for (JsonNode element : node) {
                    bytes += node(element);
                }
            }
        }
        return bytes;
    }

    /** The estimate of a string. */
    public static long text(String value) {
        return value == null ? 0 : 40 + 2L * value.length();
    }
}
