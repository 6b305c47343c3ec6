package dev.coroner.analysis.provenance;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.coroner.trace.TraceJson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts that flow through one session, each linked to every place it occurs and to its origin:
 * the user, a system prompt, a tool result, a tool error, a degenerate result, a retrieved document,
 * another agent, or the model (no source: the model introduced it). Built once per session; the
 * poisoning, retrieval, handoff, boundary and bleed checks are queries over it, so they follow
 * values rather than wording.
 */
public final class ProvenanceMap {

    private final Session session;
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, List<Occurrence>> byKey = new HashMap<>();
    private final Map<Integer, List<Occurrence>> byStep = new HashMap<>();
    private final Map<Integer, List<Occurrence>> byMessage = new HashMap<>();
    private final Map<Integer, ResultQuality.Quality> quality = new HashMap<>();
    /** The decimal convention of the session's texts, for numbers whose own text does not settle it. */
    private Numbers.Convention sessionConvention = Numbers.Convention.UNKNOWN;
    /** Each message parsed once (null when it is not JSON), while the map is built. */
    private final Map<Integer, JsonNode> parsed = new HashMap<>();

    private ProvenanceMap(Session session) {
        this.session = session;
    }

    /** Builds the map of a session. */
    public static ProvenanceMap of(Session session) {
        ProvenanceMap map = new ProvenanceMap(session);
        map.build();
        return map;
    }

    private void build() {
        Map<Integer, ToolResult> resultOfMessage = new HashMap<>();
        for (Step step : session.steps()) {
            if (step instanceof ToolResult result) {
                resultOfMessage.putIfAbsent(result.message(), result);
                quality.put(result.index(), ResultQuality.of(session.message(result.message()).text(), result.flaggedError()));
            }
        }
        sessionConvention = sessionConvention();
        // Messages first, each at the step that introduced it, then step payloads, all in step order.
        for (Message message : session.messages()) {
            Step step = session.step(message.introducedAt());
            Origin origin = originOf(message, step, resultOfMessage);
            addText(message.text(), origin, step.index(), message.id(), agentOf(message, step));
            for (ToolInvocation call : message.toolCalls()) {
                addJson(call.arguments(), Origin.ARGUMENT, step.index(), message.id(), agentOf(message, step), call.name());
            }
        }
        for (Step step : session.steps()) {
            if (step instanceof ToolCall call) {
                addJson(call.arguments(), Origin.ARGUMENT, step.index(), -1, call.agent(), call.tool());
            } else if (step instanceof Retrieval retrieval) {
                for (Document doc : retrieval.documents()) {
                    addText(doc.content(), Origin.RETRIEVED, step.index(), -1, retrieval.agent());
                }
            } else if (step instanceof StateSnapshot snapshot) {
                addJson(snapshot.state(), Origin.STATE, step.index(), -1, snapshot.agent(), "");
            } else if (step instanceof Handoff handoff && !handoff.payload().isMissingNode()) {
                addJson(handoff.payload(), Origin.AGENT, step.index(), -1, handoff.from(), "");
            }
        }
        parsed.clear();
        occurrences.sort(java.util.Comparator.comparingInt(Occurrence::step));
        for (Occurrence o : occurrences) {
            byStep.computeIfAbsent(o.step(), k -> new ArrayList<>()).add(o);
            if (o.message() >= 0) {
                byMessage.computeIfAbsent(o.message(), k -> new ArrayList<>()).add(o);
            }
            for (String key : o.value().keys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
    }

    private Origin originOf(Message message, Step step, Map<Integer, ToolResult> resultOfMessage) {
        if (message.isUser()) {
            return Origin.USER;
        }
        if (message.isSystem()) {
            return Origin.SYSTEM;
        }
        if (message.isTool()) {
            ToolResult result = resultOfMessage.get(message.id());
            ResultQuality.Quality q = result != null ? quality.get(result.index())
                    : ResultQuality.of(message.text(), false);
            return switch (q.kind()) {
                case ERROR -> Origin.TOOL_ERROR;
                case DEGENERATE -> Origin.DEGENERATE;
                default -> Origin.TOOL_RESULT;
            };
        }
        if (step instanceof ModelCall call && call.output().isPresent() && call.output().getAsInt() == message.id()) {
            return Origin.MODEL;
        }
        // An assistant message first seen inside a context or a handoff: another agent's turn when it is
        // named for someone other than the agent of that step.
        if (!message.name().isEmpty() && !message.name().equals(step.agent())) {
            return Origin.AGENT;
        }
        return Origin.MODEL;
    }

    private static String agentOf(Message message, Step step) {
        return !message.name().isEmpty() && !message.isUser() && !message.isSystem() ? message.name() : step.agent();
    }

    private void addText(String text, Origin origin, int step, int message, String agent) {
        JsonNode json = message >= 0 && parsed.containsKey(message) ? parsed.get(message) : parse(text);
        if (json != null) {
            addJson(json, origin, step, message, agent, "", conventionOf(json));
            return;
        }
        for (Value value : ValueExtractor.find(text, sessionConvention)) {
            occurrences.add(new Occurrence(value, origin, step, message, agent, ""));
        }
    }

    /**
     * The convention the session's own texts use when every text that settles it agrees: a German
     * delivery note's "1.250 kg" is 1250 kg in a session whose other texts write "31,5 kg" and
     * "12,40 €". UNKNOWN when no text settles it or texts disagree.
     */
    private Numbers.Convention sessionConvention() {
        boolean comma = false;
        boolean dot = false;
        for (Message message : session.messages()) {
            String text = message.text();
            JsonNode json = parse(text);
            parsed.put(message.id(), json);
            Numbers.Convention c = json != null ? convention(json) : Numbers.convention(text);
            comma |= c == Numbers.Convention.COMMA_DECIMAL;
            dot |= c == Numbers.Convention.DOT_DECIMAL;
        }
        return comma == dot ? Numbers.Convention.UNKNOWN
                : comma ? Numbers.Convention.COMMA_DECIMAL : Numbers.Convention.DOT_DECIMAL;
    }

    /** The text as JSON when it is a JSON object or array, else null. */
    private static JsonNode parse(String text) {
        return text.length() > 1 && (text.charAt(0) == '{' || text.charAt(0) == '[') ? TraceJson.tryParse(text) : null;
    }

    private Numbers.Convention conventionOf(JsonNode node) {
        Numbers.Convention own = convention(node);
        return own == Numbers.Convention.UNKNOWN ? sessionConvention : own;
    }

    private void addJson(JsonNode node, Origin origin, int step, int message, String agent, String path) {
        addJson(node, origin, step, message, agent, path, conventionOf(node));
    }

    private void addJson(JsonNode node, Origin origin, int step, int message, String agent, String path,
                         Numbers.Convention convention) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isTextual()) {
            String text = node.asText();
            JsonNode nested = parse(text);
            if (nested != null) {
                addJson(nested, origin, step, message, agent, path, conventionOf(nested));
                return;
            }
            Value cpu = ValueExtractor.cpuQuantity(path, text);
            if (cpu != null) {
                occurrences.add(new Occurrence(cpu, origin, step, message, agent, path));
                return;
            }
            for (Value value : ValueExtractor.find(text, convention)) {
                occurrences.add(new Occurrence(value, origin, step, message, agent, path));
            }
        } else if (node.isNumber()) {
            // A JSON number has one reading: 0.187 is a fraction, never 187 with a group separator.
            String written = node.asText();
            java.math.BigDecimal n = node.decimalValue();
            occurrences.add(new Occurrence(new Value(ValueKind.NUMBER, written,
                    List.of("num:" + Numbers.plain(n), TYPED + Numbers.plain(n)), Optional.of(n), "", 0),
                    origin, step, message, agent, path));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                addJson(node.get(i), origin, step, message, agent, path + "[" + i + "]", convention);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                addJson(f.getValue(), origin, step, message, agent, path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                        convention);
            }
        }
    }

    /** The decimal convention of a JSON tree's text leaves (its JSON numbers always use a dot). */
    static Numbers.Convention convention(JsonNode node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return Numbers.convention(text.toString());
    }

    private static void collectText(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectText(child, out));
        }
    }

    public Session session() {
        return session;
    }

    /** Every occurrence, in step order. */
    public List<Occurrence> occurrences() {
        return Collections.unmodifiableList(occurrences);
    }

    /** The facts a step brought in (a model call: its output and the calls it asked for). */
    public List<Occurrence> atStep(int step) {
        return byStep.getOrDefault(step, List.of());
    }

    /** The facts of one message. */
    public List<Occurrence> inMessage(int message) {
        return byMessage.getOrDefault(message, List.of());
    }

    /** Every occurrence of a fact, under any of its keys, in step order. */
    public List<Occurrence> occurrencesOf(Value value) {
        List<Occurrence> out = new ArrayList<>();
        for (String key : value.keys()) {
            for (Occurrence o : byKey.getOrDefault(key, List.of())) {
                if (!out.contains(o) && value.matchesBy(key, o.value())) {
                    out.add(o);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Occurrence::step));
        return out;
    }

    /** The key that marks a JSON number: typed, so no parser can misread its separators. */
    private static final String TYPED = "json-number:";

    /** True for a value read from a JSON number (0.004 is a fraction, not 4 with a group separator). */
    public static boolean typed(Value value) {
        return value.keys().stream().anyMatch(k -> k.startsWith(TYPED));
    }

    /**
     * The earliest occurrence of the fact before a step whose origin is a source (not the model, not
     * a tool argument, not a state write), or empty: then the model introduced it.
     */
    public Optional<Occurrence> sourceBefore(Value value, int step) {
        for (Occurrence o : occurrencesOf(value)) {
            if (o.step() >= step) {
                break;
            }
            if (o.origin().isSource()) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The sources of a fact before a step, in step order: every occurrence whose origin is a source.
     */
    public List<Occurrence> sourcesBefore(Value value, int step) {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : occurrencesOf(value)) {
            if (o.step() < step && o.origin().isSource()) {
                out.add(o);
            }
        }
        return out;
    }

    /** Most distinct amounts of the agent's own calls tried as moves of a source's figure. */
    static final int MAX_MOVES = 8;
    /** Most moves added up to reach a figure. */
    static final int MAX_MOVES_SUMMED = 3;

    /**
     * True when an amount is a source's amount moved by amounts the agent itself passed to its calls
     * before the step, all added or all taken away: a balance of 2 341,16 € after transfers of 750 €
     * and 200 € is 1 391,16 €, a figure with a source though no message writes it.
     */
    public boolean movedFromSource(Value value, int step) {
        if (value.kind() != ValueKind.AMOUNT || value.number().isEmpty()) {
            return false;
        }
        java.math.BigDecimal stated = value.number().get();
        java.util.Set<java.math.BigDecimal> bases = new java.util.LinkedHashSet<>();
        java.util.Set<java.math.BigDecimal> moves = new java.util.LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            if (o.step() >= step || o.value().number().isEmpty() || o.value().number().get().signum() == 0) {
                continue;
            }
            if (o.origin() == Origin.ARGUMENT) {
                if (moves.size() < MAX_MOVES) {
                    moves.add(o.value().number().get().abs().stripTrailingZeros());
                }
            } else if (o.origin().isSource() && !o.origin().isFailure()) {
                bases.add(o.value().number().get());
            }
        }
        List<java.math.BigDecimal> sums = new ArrayList<>();
        List<java.math.BigDecimal> list = new ArrayList<>(moves);
        for (int mask = 1; mask < 1 << list.size(); mask++) {
            if (Integer.bitCount(mask) > MAX_MOVES_SUMMED) {
                continue;
            }
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (int i = 0; i < list.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    sum = sum.add(list.get(i));
                }
            }
            sums.add(sum);
        }
        for (java.math.BigDecimal base : bases) {
            for (java.math.BigDecimal sum : sums) {
                if (base.add(sum).compareTo(stated) == 0 || base.subtract(sum).compareTo(stated) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How a tool result at this step was judged: error, empty, degenerate or fine. */
    public ResultQuality.Quality quality(ToolResult result) {
        return quality.getOrDefault(result.index(), new ResultQuality.Quality(ResultQuality.Kind.OK, List.of()));
    }
}
