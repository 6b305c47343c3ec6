package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A compact, deterministic text dump of imported sessions for golden tests: each session with its
 * key and principal, each step with its kind, agent, location and what it carries, and each
 * message with its role, provenance and text (cut to 160 characters), and the content as recorded
 * where that differs from the text. Times and raw attributes
 * other than coroner's own evidence marks are left out, so a dump changes only when the mapping does.
 */
final class ModelDump {

    private ModelDump() {
    }

    static String of(Iterable<Session> sessions) {
        StringBuilder out = new StringBuilder();
        for (Session s : sessions) {
            out.append("session ").append(s.id()).append(" principal=").append(q(s.principal()))
                    .append(" outcome=").append(s.outcome()).append(" failure=").append(q(s.failure())).append('\n');
            marks(out, "  ", s.attributes());
            for (Step step : s.steps()) {
                out.append("  #").append(step.index()).append(' ').append(step.kind()).append(" @")
                        .append(step.source()).append(step.agent().isEmpty() ? "" : " agent=" + q(step.agent()))
                        .append(' ').append(describe(step)).append('\n');
                marks(out, "      ", step.attributes());
            }
            for (Message m : s.messages()) {
                out.append("  m").append(m.id()).append(' ').append(m.role())
                        .append(m.name().isEmpty() ? "" : "(" + m.name() + ")").append(" from #").append(m.introducedAt())
                        .append(m.toolCallId().isEmpty() ? "" : " answers " + m.toolCallId()).append(' ')
                        .append(q(m.text()));
                if (!m.verbatim().isEmpty()) {
                    out.append(" as-recorded ").append(q(m.verbatim()));
                }
                for (ToolInvocation call : m.toolCalls()) {
                    out.append(" call ").append(call.id()).append(' ').append(call.name()).append(' ')
                            .append(cut(JsonValues.canonical(call.arguments())));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void marks(StringBuilder out, String indent, Map<String, JsonNode> attributes) {
        Map<String, JsonNode> sorted = new TreeMap<>(attributes);
        sorted.forEach((k, v) -> {
            if (k.startsWith("coroner.")) {
                out.append(indent).append(k).append('=').append(q(v.isTextual() ? v.asText() : v.toString())).append('\n');
            }
        });
    }

    private static String describe(Step step) {
        if (step instanceof ModelCall c) {
            return "model=" + q(c.model()) + " input=" + (c.inputRecorded() ? c.context().stream().map(i -> "m" + i)
                    .collect(Collectors.joining(",", "[", "]")) : "not-recorded")
                    + " output=" + (c.output().isPresent() ? "m" + c.output().getAsInt() : "none")
                    + (c.error().isEmpty() ? "" : " error=" + q(c.error()))
                    + (c.verbatim().isEmpty() ? "" : " as-recorded=" + new TreeMap<>(c.verbatim()).entrySet().stream()
                            .map(e -> e.getKey() + ":" + q(e.getValue())).collect(Collectors.joining(",", "{", "}")))
                    + c.tools().map(tools -> " tools=" + tools.stream()
                            .map(t -> t.name() + (t.hasParameters() ? "(schema)" : ""))
                            .collect(Collectors.joining(",", "[", "]"))).orElse("");
        }
        if (step instanceof ToolCall c) {
            return c.tool() + " id=" + q(c.callId()) + " args=" + cut(JsonValues.canonical(c.arguments()));
        }
        if (step instanceof ToolResult r) {
            return r.tool() + " id=" + q(r.callId()) + " message=m" + r.message() + (r.flaggedError() ? " error" : "");
        }
        if (step instanceof Retrieval r) {
            return "query=" + q(r.query()) + " store=" + q(r.store()) + " docs=" + r.documents().stream()
                    .map(ModelDump::doc).collect(Collectors.joining(",", "[", "]"))
                    + (r.error().isEmpty() ? "" : " error=" + q(r.error()));
        }
        if (step instanceof Handoff h) {
            return h.from() + " -> " + h.to() + " messages=" + h.messages() + " payload=" + cut(JsonValues.canonical(h.payload()));
        }
        if (step instanceof NodeStep n) {
            return q(n.name()) + " type=" + q(n.type()) + (n.failed() ? " failed error=" + q(n.error()) : "");
        }
        if (step instanceof MessageStep m) {
            return "message=m" + m.message();
        }
        if (step instanceof StateSnapshot s) {
            return "namespace=" + q(s.namespace()) + " version=" + q(s.version()) + " state=" + cut(JsonValues.canonical(s.state()));
        }
        return "";
    }

    private static String doc(Document d) {
        return d.id() + (d.score().isPresent() ? "@" + d.score().getAsDouble() : "") + ":" + q(d.content());
    }

    private static String q(String text) {
        return "\"" + cut(text).replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }

    private static String cut(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(+" + (text.length() - 160) + ")";
    }
}
