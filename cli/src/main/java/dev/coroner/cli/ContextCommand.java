package dev.coroner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coroner.analysis.facts.ContextTokens;
import dev.coroner.analysis.provenance.FactOrigins;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.examination.Examination;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.report.JsonOutput;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.ToolInvocation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coroner context}: exactly what the model was given at one step — every message of the
 * call's context in order, with the step that first brought it into the session — and what it
 * answered, then the findings that point at that step (the same examination as {@code examine}, with
 * the same analysis options). The first question of every post-mortem, answered from the trace alone.
 */
@Command(name = "context", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = {"Print exactly what the model was given at one step: every message of the call's context, "
                + "in order, with the step that first introduced it (its provenance), and the model's output.",
            "Then the findings that point at that step, from the same examination as `coroner examine` "
                    + "(same analysis options).",
            "Secrets and personal identifiers are masked unless --reveal is given."})
final class ContextCommand implements Callable<Integer> {

    @Mixin
    TraceSources sources;

    @Option(names = "--session", paramLabel = "ID", required = true, description = "The session, as the trace names it.")
    String sessionId;

    @Option(names = "--step", paramLabel = "N", required = true,
            description = "The model call's step number (as reports show it, counted from 0).")
    int step;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ExaminationOptions analysisOptions;

    private final Environment environment;

    ContextCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected one of: text, json)");
        }
        Examination examination = analysisOptions.examination(environment);
        InputSet inputSet = sources.expand(environment);
        LoadedTrace trace = sources.load(environment, inputSet);
        for (ImportProblem p : trace.problems()) {
            environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
        }
        Session session = trace.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new UsageException("no session '" + sessionId + "' in the inputs (sessions: "
                        + trace.sessions().stream().limit(10).map(Session::id).collect(Collectors.joining(", "))
                        + (trace.sessions().size() > 10 ? ", …" : "") + ")"));
        ModelCall call = ContextPrinter.modelCall(session, step);
        // The whole trace is examined: a step's findings may rest on other sessions (bleed).
        Map<Integer, List<Finding>> findings = examination.run(trace).findingsByStep(session.id());
        UnaryOperator<String> mask = examination.mask(session);
        if (format.equals("json")) {
            json(session, call, mask, findings);
        } else {
            ContextPrinter.print(environment.out(), session, call, mask, findings);
        }
        return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
    }

    /** Findings that point at one step, as the JSON report names them. */
    private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("check", f.checkId());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("message", f.message());
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
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

    private void json(Session session, ModelCall call, UnaryOperator<String> mask, Map<Integer, List<Finding>> findings)
            throws IOException {
        try (JsonGenerator g = JsonOutput.generator(environment.out())) {
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
                findings(g, m.introducedAt() == call.index() ? List.of() : findings.getOrDefault(m.introducedAt(), List.of()));
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
            findings(g, findings.getOrDefault(call.index(), List.of()));
            g.writeEndObject();
            g.writeRaw('\n');
        }
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
