package dev.coroner.analysis.provenance;

import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the facts a step carries came from, as {@code coroner timeline} and {@code coroner context}
 * show them: each specific (identifier, amount, quantity, date) with the origin and step of its first
 * source, or "no source" when the model introduced it.
 */
public final class FactOrigins {

    /** Facts listed per step or message. */
    public static final int LIMIT = 6;

    /**
     * One fact and its origin.
     *
     * @param value    the fact as written here
     * @param origin   where it first came from ({@code user}, {@code tool error}, …, or {@code no source})
     * @param fromStep the step of that source, or -1 when there is none
     */
    public record FactOrigin(String value, String origin, int fromStep) {
        /** "value ← origin, step N", or "value ← no source (the model introduced it)". */
        public String describe() {
            return "\"" + value + "\" ← " + (fromStep < 0 ? "no source (the model introduced it)" : origin + ", step " + fromStep);
        }
    }

    private FactOrigins() {
    }

    /** The facts a step produced (a model's output and the calls it asked for, a tool call's arguments). */
    public static List<FactOrigin> producedBy(ProvenanceMap map, Step step) {
        Session session = map.session();
        StringBuilder text = new StringBuilder();
        if (step instanceof ModelCall call && call.output().isPresent()) {
            Message out = session.message(call.output().getAsInt());
            text.append(out.text());
            for (ToolInvocation invocation : out.toolCalls()) {
                text.append('\n').append(JsonValues.text(invocation.arguments()));
            }
        } else if (step instanceof ToolCall call) {
            text.append(JsonValues.text(call.arguments()));
        } else {
            return List.of();
        }
        return of(map, text.toString(), step.index());
    }

    /** The facts of a message given to a model call at {@code step}, each with its first source before the step. */
    public static List<FactOrigin> inMessage(ProvenanceMap map, Message message, int step) {
        return of(map, message.text(), Math.max(step, message.introducedAt() + 1));
    }

    private static List<FactOrigin> of(ProvenanceMap map, String text, int before) {
        List<FactOrigin> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Value value : ValueExtractor.find(text)) {
            if (!value.kind().isSpecific() || seen.contains(value.key())) {
                continue;
            }
            seen.add(value.key());
            out.add(map.sourceBefore(value, before)
                    .map(o -> new FactOrigin(value.asWritten(), label(o.origin()), o.step()))
                    .orElse(new FactOrigin(value.asWritten(), "no source", -1)));
            if (out.size() == LIMIT) {
                break;
            }
        }
        return out;
    }

    /** An origin as reports name it: "tool error", "degenerate result", "user". */
    public static String label(Origin origin) {
        return switch (origin) {
            case TOOL_RESULT -> "tool result";
            case TOOL_ERROR -> "tool error";
            case DEGENERATE -> "degenerate result";
            case RETRIEVED -> "retrieved document";
            case AGENT -> "another agent";
            default -> origin.name().toLowerCase(Locale.ROOT);
        };
    }
}
