package dev.coroner.analysis.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many tokens a model call was given, and from where: the recorded input token count when the
 * source has one, else an estimate of {@value #CHARS_PER_TOKEN} characters per token plus
 * {@value #TOKENS_PER_MESSAGE} per message; by source (system, history, tool output, retrieval,
 * handoff). One place for {@code context.window-pressure} and {@code coroner context}.
 */
public final class ContextTokens {

    /** Characters per estimated token. */
    public static final int CHARS_PER_TOKEN = 4;
    /** Estimated tokens of overhead per message. */
    public static final int TOKENS_PER_MESSAGE = 4;

    private ContextTokens() {
    }

    /** Recorded input tokens when the source has them, else the estimate. */
    public static long tokens(ModelCall call, Session session) {
        JsonNode usage = call.attributes().get("usage");
        if (usage != null && usage.path("input_tokens").canConvertToLong()) {
            return usage.get("input_tokens").asLong();
        }
        JsonNode recorded = call.attributes().get("input_tokens");
        if (recorded != null && recorded.canConvertToLong()) {
            return recorded.asLong();
        }
        long tokens = 0;
        for (int id : call.context()) {
            tokens += estimate(session.message(id));
        }
        return tokens;
    }

    public static long estimate(Message message) {
        long chars = message.text().length();
        for (var call : message.toolCalls()) {
            chars += call.name().length() + call.arguments().toString().length();
        }
        return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN + TOKENS_PER_MESSAGE;
    }

    /** Estimated tokens of a call's context by where each message came from. */
    public static Map<String, Long> bySource(ModelCall call, Session session) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String source : List.of("system", "history", "tool output", "retrieval", "handoff")) {
            out.put(source, 0L);
        }
        for (int id : call.context()) {
            Message m = session.message(id);
            Step origin = session.step(m.introducedAt());
            String source;
            if (m.isSystem()) {
                source = origin instanceof Retrieval ? "retrieval" : "system";
            } else if (m.isTool() || origin instanceof ToolResult) {
                source = "tool output";
            } else if (origin instanceof Retrieval) {
                source = "retrieval";
            } else if (origin instanceof Handoff) {
                source = "handoff";
            } else {
                source = "history";
            }
            out.merge(source, estimate(m), Long::sum);
        }
        return out;
    }

}
