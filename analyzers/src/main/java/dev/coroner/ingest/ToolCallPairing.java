package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.ToolInvocation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs tool executions with the call ids a model requested, for formats whose tool spans do not
 * carry the id (OpenAI Agents function spans, LangChain tool runs, older GenAI spans): an execution
 * claims the oldest open request of the same tool, preferring one with the same arguments. Requests
 * stay open until claimed; one pairing per session.
 */
public final class ToolCallPairing {

    private final List<ToolInvocation> open = new ArrayList<>();

    /** Tool calls a model output requested. */
    public void requested(List<ToolInvocation> calls) {
        for (ToolInvocation call : calls) {
            if (!call.id().isEmpty()) {
                open.add(call);
            }
        }
    }

    /** A tool execution that recorded its own call id: that request is no longer open. */
    public void claimed(String id) {
        open.removeIf(call -> call.id().equals(id));
    }

    /**
     * The call id for an execution whose tool name the source did not record (AG2's file logger):
     * the oldest open request with the same arguments, or empty when none matches.
     */
    public String claimByArguments(JsonNode arguments) {
        if (arguments == null || arguments.isMissingNode()) {
            return "";
        }
        String wanted = JsonValues.canonical(arguments);
        for (Iterator<ToolInvocation> it = open.iterator(); it.hasNext(); ) {
            ToolInvocation call = it.next();
            if (call.arguments() != null && wanted.equals(JsonValues.canonical(call.arguments()))) {
                it.remove();
                return call.id();
            }
        }
        return "";
    }

    /** The call id for an execution of {@code tool} with these arguments, or empty when none is open. */
    public String claim(String tool, JsonNode arguments) {
        String wanted = arguments == null || arguments.isMissingNode() ? null : JsonValues.canonical(arguments);
        ToolInvocation match = null;
        for (ToolInvocation call : open) {
            if (call.name().equals(tool)) {
                if (wanted != null && call.arguments() != null && wanted.equals(JsonValues.canonical(call.arguments()))) {
                    match = call;
                    break;
                }
                if (match == null) {
                    match = call;
                }
            }
        }
        if (match == null) {
            return "";
        }
        for (Iterator<ToolInvocation> it = open.iterator(); it.hasNext(); ) {
            if (it.next() == match) {
                it.remove();
                break;
            }
        }
        return match.id();
    }
}
