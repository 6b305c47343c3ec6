package dev.coroner.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.finding.Excerpts;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Queries over one session computed once and shared by every check: model calls and their
 * contexts as sets, tool errors, the text each step produced, identifiers by origin.
 */
public final class SessionFacts {

    /** Where an identifier appeared, for isolation checks. */
    public enum Origin {
        /** Typed by the session's own user. */
        USER,
        /** Part of a system / developer prompt: configuration shared by every session. */
        SYSTEM,
        /** Anything else: tool output, retrieval, state, model output, handoff. */
        OTHER
    }

    /** An identifier in a session, at the step that first showed it with that origin. */
    public record IdentifierOccurrence(Identifiers.Found identifier, Origin origin, Step step, String excerpt) {
    }

    /** A tool result that reports an error. */
    public record ToolError(ToolResult step, Message message) {
    }

    private final Session session;
    private final List<ModelCall> modelCalls = new ArrayList<>();
    private final BitSet[] contexts;
    private final List<ToolError> toolErrors = new ArrayList<>();
    private final List<IdentifierOccurrence> identifiers = new ArrayList<>();

    public SessionFacts(Session session) {
        this.session = session;
        this.contexts = new BitSet[session.steps().size()];
        for (Step step : session.steps()) {
            if (step instanceof ModelCall call) {
                modelCalls.add(call);
                BitSet set = new BitSet(session.messages().size());
                call.context().forEach(set::set);
                contexts[call.index()] = set;
            } else if (step instanceof ToolResult result) {
                Message message = session.message(result.message());
                if (result.flaggedError() || ErrorText.looksLikeError(message.text())) {
                    toolErrors.add(new ToolError(result, message));
                }
            }
        }
        collectIdentifiers();
    }

    public Session session() {
        return session;
    }

    public List<ModelCall> modelCalls() {
        return modelCalls;
    }

    /** True when the model call at this step was given the message. */
    public boolean inContext(ModelCall call, int messageId) {
        return contexts[call.index()].get(messageId);
    }

    public List<ToolError> toolErrors() {
        return toolErrors;
    }

    public List<IdentifierOccurrence> identifiers() {
        return identifiers;
    }

    /**
     * What a step produced that later steps can act on: a model's output text and the arguments
     * of the tools it asked for, or a tool call's arguments. Empty for other steps.
     */
    public String producedText(Step step) {
        if (step instanceof ModelCall call && call.output().isPresent()) {
            Message out = session.message(call.output().getAsInt());
            StringBuilder text = new StringBuilder(out.text());
            for (ToolInvocation invocation : out.toolCalls()) {
                text.append('\n').append(JsonValues.text(invocation.arguments()));
            }
            return text.toString();
        }
        if (step instanceof ToolCall call) {
            return JsonValues.text(call.arguments());
        }
        return "";
    }

    /**
     * The arguments of the call a tool result answers: the tool-call step or requested tool call
     * with the same call id, else the last tool-call step of the same tool before the result; a
     * missing node when none is recorded.
     */
    public JsonNode argumentsFor(ToolResult result) {
        if (!result.callId().isEmpty()) {
            for (Step step : session.steps()) {
                if (step instanceof ToolCall call && call.callId().equals(result.callId())) {
                    return call.arguments();
                }
            }
            for (Message message : session.messages()) {
                for (ToolInvocation invocation : message.toolCalls()) {
                    if (invocation.id().equals(result.callId())) {
                        return invocation.arguments();
                    }
                }
            }
        }
        for (int i = result.index() - 1; i >= 0; i--) {
            if (session.step(i) instanceof ToolCall call && call.tool().equals(result.tool())) {
                return call.arguments();
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The last model call before a step, or null. */
    public ModelCall modelCallBefore(int stepIndex) {
        ModelCall last = null;
        for (ModelCall call : modelCalls) {
            if (call.index() >= stepIndex) {
                break;
            }
            last = call;
        }
        return last;
    }

    private void collectIdentifiers() {
        for (Message message : session.messages()) {
            Origin origin = message.isUser() ? Origin.USER : message.isSystem() ? Origin.SYSTEM : Origin.OTHER;
            Step step = session.step(message.introducedAt());
            add(message.text(), origin, step);
            for (ToolInvocation invocation : message.toolCalls()) {
                add(JsonValues.text(invocation.arguments()), Origin.OTHER, step);
            }
        }
        for (Step step : session.steps()) {
            if (step instanceof ToolCall call) {
                add(JsonValues.text(call.arguments()), Origin.OTHER, step);
            } else if (step instanceof Retrieval retrieval) {
                for (Document doc : retrieval.documents()) {
                    add(doc.content(), Origin.OTHER, step);
                }
            } else if (step instanceof StateSnapshot snapshot) {
                add(JsonValues.text(snapshot.state()), Origin.OTHER, step);
            } else if (step instanceof Handoff handoff) {
                add(JsonValues.text(handoff.payload()), Origin.OTHER, step);
            }
        }
        identifiers.sort(java.util.Comparator.comparingInt((IdentifierOccurrence o) -> o.step().index()));
    }

    private void add(String text, Origin origin, Step step) {
        for (Identifiers.Found found : Identifiers.find(text)) {
            identifiers.add(new IdentifierOccurrence(found, origin, step, Excerpts.around(text, found.asWritten())));
        }
    }
}
