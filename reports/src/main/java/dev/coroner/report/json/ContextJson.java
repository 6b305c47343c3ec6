package dev.coroner.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coroner.analysis.facts.ContextTokens;
import dev.coroner.analysis.provenance.FactOrigins;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.finding.Finding;
import dev.coroner.report.JsonOutput;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.ToolInvocation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code coroner context --format json}: what one model call was given, message by message with
 * the step that brought each in, the facts it holds with their origin and the findings pinned to
 * that step, then the call's output and the findings at the call. Written through
 * {@link JsonOutput}, so trace content is escaped as in the JSON report; field order is fixed.
 *
 * <pre>
 * {"session", "step", "location", "model", "agent", "input_recorded", "tokens", "tokens_by_source",
 *  "context": [{"introduced_at", "introduced_by", "role", "name", "tool_call_id", "text",
 *               "tool_calls", "facts", "findings"}],
 *  "output", "error", "findings"}
 * </pre>
 */
public final class ContextJson {

    private ContextJson() {
    }

    /**
     * Writes the call's context; {@code mask} is applied to message text, tool arguments and facts.
     *
     * @param findings the session's findings by the step they point at
     */
    public static void write(Session session, ModelCall call, UnaryOperator<String> mask,
                             Map<Integer, List<Finding>> findings, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("session", session.id());
            g.writeNumberField("step", call.index());
            g.writeStringField("location", call.source().toString());
            g.writeStringField("model", call.model());
            g.writeStringField("agent", call.agent());
            g.writeBooleanField("input_recorded", call.inputRecorded());
            if (call.inputRecorded()) {
                g.writeNumberField("tokens", ContextTokens.tokens(call, session));
                g.writeObjectFieldStart("tokens_by_source");
                for (var e : ContextTokens.bySource(call, session).entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            ProvenanceMap provenance = ProvenanceMap.of(session);
            g.writeArrayFieldStart("context");
            for (int position = 0; position < call.context().size(); position++) {
                Message m = session.message(call.context().get(position));
                g.writeStartObject();
                g.writeNumberField("introduced_at", m.introducedAt());
                g.writeStringField("introduced_by", session.step(m.introducedAt()).kind());
                message(g, m, call.recordedText(position, m), mask);
                facts(g, FactOrigins.inMessage(provenance, m, call.index()), mask);
                TimelineJson.findings(m.introducedAt() == call.index() ? List.of()
                        : findings.getOrDefault(m.introducedAt(), List.of()), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (call.output().isPresent()) {
                g.writeObjectFieldStart("output");
                Message output = session.message(call.output().getAsInt());
                message(g, output, output.recordedText(), mask);
                g.writeEndObject();
            } else {
                g.writeNullField("output");
            }
            g.writeStringField("error", call.error());
            TimelineJson.findings(findings.getOrDefault(call.index(), List.of()), g);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Each specific of a message with where it first came from. */
    private static void facts(JsonGenerator g, List<FactOrigins.FactOrigin> facts, UnaryOperator<String> mask)
            throws IOException {
        g.writeArrayFieldStart("facts");
        for (FactOrigins.FactOrigin fact : facts) {
            g.writeStartObject();
            g.writeStringField("value", mask.apply(fact.value()));
            g.writeStringField("origin", fact.origin());
            if (fact.fromStep() >= 0) {
                g.writeNumberField("from_step", fact.fromStep());
            } else {
                g.writeNullField("from_step");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A message with its content as the call was given it ({@code text}). */
    private static void message(JsonGenerator g, Message m, String text, UnaryOperator<String> mask)
            throws IOException {
        g.writeStringField("role", m.role());
        g.writeStringField("name", m.name());
        g.writeStringField("tool_call_id", m.toolCallId());
        g.writeStringField("text", mask.apply(text));
        g.writeArrayFieldStart("tool_calls");
        for (ToolInvocation invocation : m.toolCalls()) {
            g.writeStartObject();
            g.writeStringField("id", invocation.id());
            g.writeStringField("name", invocation.name());
            g.writeStringField("arguments", mask.apply(invocation.recordedArguments()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
