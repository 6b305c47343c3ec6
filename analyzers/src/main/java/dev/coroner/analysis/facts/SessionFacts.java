package dev.coroner.analysis.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.text.ErrorText;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Shingles;
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
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Queries over one session computed once and shared by every check: model calls and their
 * contexts as sets, tool errors, the text each step produced, identifiers by origin, the tools
 * each agent was offered and the tool calls that were carried out.
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

    /**
     * A tool call that was carried out: a {@code tool_call} step, or a call a model asked for that a
     * tool result answers although no {@code tool_call} step was recorded.
     *
     * @param step      the tool call step, or the model call that asked for it
     * @param agent     the agent that made the call, or empty
     * @param callId    the call id, or empty
     * @param tool      the tool name
     * @param arguments the arguments as recorded: an object, or a text node holding the raw string
     * @param result    the tool result answering it, if recorded
     */
    public record ExecutedCall(Step step, String agent, String callId, String tool, JsonNode arguments,
                               Optional<ToolResult> result) {
    }

    private final Session session;
    private final List<ModelCall> modelCalls = new ArrayList<>();
    private final BitSet[] contexts;
    private final List<ToolError> toolErrors = new ArrayList<>();
    private final List<IdentifierOccurrence> identifiers = new ArrayList<>();
    private final StateHistory states;
    private final Map<String, Map<String, ToolDefinition>> toolsByAgent = new TreeMap<>();
    private final List<ExecutedCall> executedCalls = new ArrayList<>();
    private final Map<String, JsonNode> toolCallArguments = new java.util.HashMap<>();
    private final Map<String, JsonNode> requestedArguments = new java.util.HashMap<>();
    private volatile boolean argumentsIndexed;
    private final Map<Integer, Map<String, Integer>> shingleSteps = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile dev.coroner.analysis.provenance.ProvenanceMap provenance;

    public SessionFacts(Session session) {
        this.session = session;
        this.states = new StateHistory(session);
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
        collectTools();
    }

    public Session session() {
        return session;
    }

    /**
     * The facts that flow through the session and where each came from (built on first use, once):
     * the map that the poisoning, retrieval, handoff, boundary and bleed checks query.
     */
    public dev.coroner.analysis.provenance.ProvenanceMap provenance() {
        dev.coroner.analysis.provenance.ProvenanceMap map = provenance;
        if (map == null) {
            synchronized (this) {
                map = provenance;
                if (map == null) {
                    map = dev.coroner.analysis.provenance.ProvenanceMap.of(session);
                    provenance = map;
                }
            }
        }
        return map;
    }

    /** The state snapshots and their parent links (checkpoints, forks). */
    public StateHistory states() {
        return states;
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

    /** The step indexes of the tool results that reported a failure. */
    public Set<Integer> failedResultSteps() {
        Set<Integer> out = new HashSet<>();
        toolErrors.forEach(e -> out.add(e.step().index()));
        return out;
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
            if (!argumentsIndexed) {
                indexArguments();
            }
            JsonNode arguments = toolCallArguments.get(result.callId());
            if (arguments == null) {
                arguments = requestedArguments.get(result.callId());
            }
            if (arguments != null) {
                return arguments;
            }
        }
        for (int i = result.index() - 1; i >= 0; i--) {
            if (session.step(i) instanceof ToolCall call && call.tool().equals(result.tool())) {
                return call.arguments();
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /**
     * The arguments the model asked for an executed call with: by its call id, or, with no id, those of
     * the calls of the same tool in the model output before it.
     */
    public List<JsonNode> askedFor(ExecutedCall call) {
        List<JsonNode> asked = new ArrayList<>();
        JsonNode byId = requestedArguments(call.callId());
        if (byId != null) {
            asked.add(byId);
        } else {
            ModelCall before = modelCallBefore(call.step().index());
            if (before != null && before.output().isPresent()) {
                for (dev.coroner.trace.ToolInvocation invocation : session.message(before.output().getAsInt()).toolCalls()) {
                    if (invocation.name().equals(call.tool())) {
                        asked.add(invocation.arguments());
                    }
                }
            }
        }
        return asked;
    }

    /**
     * The object a model asked for a call with when the producer recorded the tool's one argument as its
     * bare value (LangChain's tool runs, as OpenInference records them: "MRP-69-0048213" for
     * {"numero_contrat": "MRP-69-0048213"}), or null when it asked for no such object.
     */
    public JsonNode singleValueObject(ExecutedCall call) {
        JsonNode raw = call.arguments();
        return raw == null || raw.isContainerNode() ? null : singleValueObject(call, raw.asText().strip());
    }

    /** As {@link #singleValueObject(ExecutedCall)}, for the bare value as the producer wrote it. */
    public JsonNode singleValueObject(ExecutedCall call, String text) {
        for (JsonNode requested : askedFor(call)) {
            if (requested != null && requested.isObject() && requested.size() == 1
                    && requested.elements().next().isValueNode() && requested.elements().next().asText().strip().equals(text)) {
                return requested;
            }
        }
        return null;
    }

    /** The arguments of a call as an object: as recorded, or as the model asked for a bare one; or null. */
    public JsonNode objectArguments(ExecutedCall call) {
        return call.arguments() != null && call.arguments().isObject() ? call.arguments() : singleValueObject(call);
    }

    /** The arguments a model output asked for the call of this id with, or null when none did. */
    public JsonNode requestedArguments(String callId) {
        if (callId.isEmpty()) {
            return null;
        }
        if (!argumentsIndexed) {
            indexArguments();
        }
        return requestedArguments.get(callId);
    }

    /** Arguments by call id: of the first tool-call step, and of the first requested call, with that id. */
    private synchronized void indexArguments() {
        if (argumentsIndexed) {
            return;
        }
        for (Step step : session.steps()) {
            if (step instanceof ToolCall call && !call.callId().isEmpty()) {
                toolCallArguments.putIfAbsent(call.callId(), call.arguments());
            }
        }
        for (Message message : session.messages()) {
            for (ToolInvocation invocation : message.toolCalls()) {
                if (!invocation.id().isEmpty()) {
                    requestedArguments.putIfAbsent(invocation.id(), invocation.arguments());
                }
            }
        }
        argumentsIndexed = true;
    }

    /**
     * For word shingles of {@code size} words: the first step whose message brought each shingle
     * into the session. "Did this wording exist before step N" is then a lookup, not a pass over
     * every earlier message.
     */
    public Map<String, Integer> shingleFirstSteps(int size) {
        return shingleSteps.computeIfAbsent(size, words -> {
            Map<String, Integer> first = new java.util.HashMap<>();
            for (Message message : session.messages()) {
                for (String shingle : Shingles.of(message.text(), words)) {
                    first.merge(shingle, message.introducedAt(), Math::min);
                }
            }
            return java.util.Collections.unmodifiableMap(first);
        });
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

    /**
     * The tools an agent was offered: the union of the {@code tools} recorded on its model calls
     * (events without an agent form the unnamed agent ""), by name. Empty when none of its model
     * calls recorded what it was offered.
     */
    public Optional<Map<String, ToolDefinition>> toolsOf(String agent) {
        return Optional.ofNullable(toolsByAgent.get(agent));
    }

    /**
     * How a tool was declared to the agent that calls it at a step: the declaration on the latest
     * model call of that agent at or before the step that offered it, else on any model call of the
     * agent. Empty when the trace never declared it to that agent.
     */
    public Optional<ToolDefinition> declaredTool(Step at, String agent, String name) {
        ToolDefinition found = null;
        for (ModelCall call : modelCalls) {
            if (!call.agent().equals(agent) || call.tools().isEmpty()) {
                continue;
            }
            for (ToolDefinition tool : call.tools().get()) {
                if (tool.name().equals(name) && (found == null || call.index() <= at.index())) {
                    found = tool;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Tool calls that were carried out, in step order. */
    public List<ExecutedCall> executedCalls() {
        return executedCalls;
    }

    private void collectTools() {
        Map<String, ToolResult> resultByCallId = new HashMap<>();
        Set<String> stepCallIds = new HashSet<>();
        for (Step step : session.steps()) {
            if (step instanceof ModelCall call && call.tools().isPresent()) {
                Map<String, ToolDefinition> tools = toolsByAgent.computeIfAbsent(call.agent(), k -> new TreeMap<>());
                call.tools().get().forEach(t -> tools.putIfAbsent(t.name(), t));
            } else if (step instanceof ToolResult result && !result.callId().isEmpty()) {
                resultByCallId.putIfAbsent(result.callId(), result);
            } else if (step instanceof ToolCall call && !call.callId().isEmpty()) {
                stepCallIds.add(call.callId());
            }
        }
        for (Step step : session.steps()) {
            if (step instanceof ToolCall call) {
                ToolResult result = call.callId().isEmpty() ? nextResultFor(call) : resultByCallId.get(call.callId());
                executedCalls.add(new ExecutedCall(call, call.agent(), call.callId(), call.tool(), call.arguments(),
                        Optional.ofNullable(result)));
            } else if (step instanceof ModelCall call && call.output().isPresent()) {
                for (ToolInvocation invocation : session.message(call.output().getAsInt()).toolCalls()) {
                    ToolResult result = resultByCallId.get(invocation.id());
                    if (!invocation.id().isEmpty() && !stepCallIds.contains(invocation.id()) && result != null
                            && result.index() > call.index()) {
                        executedCalls.add(new ExecutedCall(call, call.agent(), invocation.id(), invocation.name(),
                                invocation.arguments(), Optional.of(result)));
                    }
                }
            }
        }
    }

    /** For a call without an id: the next tool result of the same tool before any other call of it. */
    private ToolResult nextResultFor(ToolCall call) {
        for (Step step : session.steps().subList(call.index() + 1, session.steps().size())) {
            if (step instanceof ToolCall other && other.tool().equals(call.tool())) {
                return null;
            }
            if (step instanceof ToolResult result && result.callId().isEmpty()
                    && (result.tool().isEmpty() || result.tool().equals(call.tool()))) {
                return result;
            }
        }
        return null;
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
