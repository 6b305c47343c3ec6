package dev.coroner.analysis;

import static dev.coroner.ingest.spill.SessionCodec.expectAt;
import static dev.coroner.ingest.spill.SessionCodec.readEnd;
import static dev.coroner.ingest.spill.SessionCodec.readInt;
import static dev.coroner.ingest.spill.SessionCodec.readSourceRef;
import static dev.coroner.ingest.spill.SessionCodec.readStart;
import static dev.coroner.ingest.spill.SessionCodec.readString;
import static dev.coroner.ingest.spill.SessionCodec.writeSourceRef;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.spill.SpilledList;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exact Smile form of the results a run spills past the memory budget ({@link SessionResult},
 * {@link Finding}, {@link SuppressedFinding}): every component in declaration order, a record as an
 * array, an optional as an empty or one-element array, strings as written (null stays null). Also the
 * size estimate that decides what is held: two bytes a character and a fixed cost per object, the rule
 * of the sessions' estimate.
 */
public final class ResultCodec {

    private static final int OBJECT = 48;

    /** Sessions' results. */
    public static final SpilledList.Codec<SessionResult> SESSIONS = new SpilledList.Codec<>() {
        @Override
        public void write(JsonGenerator out, SessionResult s) throws IOException {
            writeSession(out, s);
        }

        @Override
        public SessionResult read(JsonParser in) throws IOException {
            return readSession(in);
        }
    };

    /** Findings. */
    public static final SpilledList.Codec<Finding> FINDINGS = new SpilledList.Codec<>() {
        @Override
        public void write(JsonGenerator out, Finding f) throws IOException {
            writeFinding(out, f);
        }

        @Override
        public Finding read(JsonParser in) throws IOException {
            return readFinding(in);
        }
    };

    /** Suppressed findings. */
    public static final SpilledList.Codec<SuppressedFinding> SUPPRESSED = new SpilledList.Codec<>() {
        @Override
        public void write(JsonGenerator out, SuppressedFinding s) throws IOException {
            out.writeStartArray();
            writeFinding(out, s.finding());
            out.writeString(s.by().name());
            out.writeString(s.reason());
            out.writeString(s.origin());
            out.writeEndArray();
        }

        @Override
        public SuppressedFinding read(JsonParser in) throws IOException {
            expectAt(in, JsonToken.START_ARRAY);
            in.nextToken();
            Finding finding = readFinding(in);
            SuppressedFinding.By by = SuppressedFinding.By.valueOf(readString(in));
            SuppressedFinding s = new SuppressedFinding(finding, by, readString(in), readString(in));
            readEnd(in);
            return s;
        }
    };

    private ResultCodec() {
    }

    /** Estimated bytes of a session's result in memory. */
    public static long size(SessionResult s) {
        long bytes = OBJECT + chars(s.id()) + chars(s.principal()) + chars(s.failure()) + size(s.source())
                + size(s.verdict());
        for (TimelineStep step : s.timeline()) {
            bytes += OBJECT + chars(step.kind()) + chars(step.agent()) + chars(step.summary()) + size(step.source())
                    + (step.context().isPresent() ? OBJECT : 0);
            for (String fact : step.facts()) {
                bytes += chars(fact);
            }
            if (step.diff().isPresent()) {
                TimelineStep.StateDiff diff = step.diff().get();
                bytes += OBJECT + chars(diff.namespace());
                for (TimelineStep.StateChange c : diff.changes()) {
                    bytes += OBJECT + chars(c.path()) + chars(c.before()) + chars(c.after());
                }
            }
        }
        return bytes;
    }

    /** Estimated bytes of a finding in memory. */
    public static long size(Finding f) {
        long bytes = OBJECT + chars(f.checkId()) + chars(f.sessionId()) + size(f.location()) + chars(f.message())
                + chars(f.fingerprint());
        for (Evidence e : f.evidence()) {
            bytes += OBJECT + chars(e.label()) + chars(e.excerpt()) + size(e.source());
        }
        return bytes;
    }

    /** Estimated bytes of a suppressed finding in memory. */
    public static long size(SuppressedFinding s) {
        return OBJECT + size(s.finding()) + chars(s.reason()) + chars(s.origin());
    }

    private static long size(Verdict v) {
        long bytes = OBJECT + chars(v.reason()) + (v.rootCause().isPresent() ? 3 * OBJECT + 64 : 0);
        for (Verdict.ChainLink link : v.chain()) {
            bytes += OBJECT + chars(link.description()) + size(link.location());
        }
        return bytes;
    }

    private static long size(SourceRef ref) {
        return OBJECT + chars(ref.file()) + chars(ref.locator());
    }

    private static long chars(String text) {
        return OBJECT + (text == null ? 0 : 2L * text.length());
    }

    // ---- writing ----

    private static void writeSession(JsonGenerator out, SessionResult s) throws IOException {
        out.writeStartArray();
        out.writeString(s.id());
        out.writeString(s.principal());
        out.writeString(s.outcome().name());
        out.writeString(s.failure());
        out.writeNumber(s.steps());
        out.writeNumber(s.modelCalls());
        writeSourceRef(out, s.source());
        writeVerdict(out, s.verdict());
        out.writeStartArray();
        for (TimelineStep step : s.timeline()) {
            writeStep(out, step);
        }
        out.writeEndArray();
        out.writeEndArray();
    }

    private static void writeVerdict(JsonGenerator out, Verdict v) throws IOException {
        out.writeStartArray();
        out.writeString(v.kind().name());
        out.writeString(v.reason());
        out.writeStartArray();
        if (v.rootCause().isPresent()) {
            Verdict.RootCause r = v.rootCause().get();
            out.writeNumber(r.step());
            out.writeString(r.checkId());
            writeSourceRef(out, r.location());
            out.writeString(r.fingerprint());
            out.writeNumber(r.decisive().step());
            out.writeString(r.decisive().agent());
            writeSourceRef(out, r.decisive().location());
        }
        out.writeEndArray();
        out.writeStartArray();
        for (Verdict.ChainLink link : v.chain()) {
            out.writeNumber(link.step());
            out.writeString(link.description());
            writeSourceRef(out, link.location());
        }
        out.writeEndArray();
        out.writeEndArray();
    }

    private static void writeStep(JsonGenerator out, TimelineStep step) throws IOException {
        out.writeStartArray();
        out.writeNumber(step.index());
        out.writeString(step.kind());
        out.writeString(step.agent());
        out.writeString(step.summary());
        writeSourceRef(out, step.source());
        out.writeStartArray();
        if (step.context().isPresent()) {
            out.writeNumber(step.context().get().messages());
            out.writeNumber(step.context().get().characters());
        }
        out.writeEndArray();
        out.writeBoolean(step.failed());
        out.writeStartArray();
        if (step.diff().isPresent()) {
            TimelineStep.StateDiff diff = step.diff().get();
            out.writeString(diff.namespace());
            out.writeNumber(diff.sinceStep());
            out.writeNumber(diff.omitted());
            for (TimelineStep.StateChange c : diff.changes()) {
                out.writeString(c.path());
                out.writeString(c.kind().name());
                out.writeString(c.before());
                out.writeString(c.after());
            }
        }
        out.writeEndArray();
        out.writeStartArray();
        for (String fact : step.facts()) {
            out.writeString(fact);
        }
        out.writeEndArray();
        out.writeEndArray();
    }

    private static void writeFinding(JsonGenerator out, Finding f) throws IOException {
        out.writeStartArray();
        out.writeString(f.checkId());
        out.writeString(f.severity().name());
        out.writeString(f.sessionId());
        out.writeNumber(f.step());
        writeSourceRef(out, f.location());
        out.writeString(f.message());
        out.writeStartArray();
        for (Evidence e : f.evidence()) {
            out.writeString(e.label());
            out.writeString(e.excerpt());
            writeSourceRef(out, e.source());
            out.writeNumber(e.step());
        }
        out.writeEndArray();
        out.writeString(f.fingerprint());
        out.writeEndArray();
    }

    // ---- reading: the parser is on the record's START_ARRAY ----

    private static SessionResult readSession(JsonParser in) throws IOException {
        expectAt(in, JsonToken.START_ARRAY);
        String id = readString(in);
        String principal = readString(in);
        Outcome outcome = Outcome.valueOf(readString(in));
        String failure = readString(in);
        int steps = readInt(in);
        int modelCalls = readInt(in);
        SourceRef source = readSourceRef(in);
        in.nextToken();
        Verdict verdict = readVerdict(in);
        readStart(in);
        List<TimelineStep> timeline = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            timeline.add(readStep(in));
        }
        readEnd(in);
        return new SessionResult(id, principal, outcome, failure, steps, modelCalls, source, verdict, timeline);
    }

    private static Verdict readVerdict(JsonParser in) throws IOException {
        expectAt(in, JsonToken.START_ARRAY);
        Verdict.Kind kind = Verdict.Kind.valueOf(readString(in));
        String reason = readString(in);
        readStart(in);
        Optional<Verdict.RootCause> root = Optional.empty();
        if (in.nextToken() != JsonToken.END_ARRAY) {
            int step = in.getIntValue();
            String checkId = readString(in);
            SourceRef location = readSourceRef(in);
            String fingerprint = readString(in);
            int decisiveStep = readInt(in);
            String agent = readString(in);
            SourceRef decisiveLocation = readSourceRef(in);
            root = Optional.of(new Verdict.RootCause(step, checkId, location, fingerprint,
                    new Verdict.Decisive(decisiveStep, agent, decisiveLocation)));
            readEnd(in);
        }
        readStart(in);
        List<Verdict.ChainLink> chain = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            int step = in.getIntValue();
            chain.add(new Verdict.ChainLink(step, readString(in), readSourceRef(in)));
        }
        readEnd(in);
        return new Verdict(kind, reason, root, chain);
    }

    private static TimelineStep readStep(JsonParser in) throws IOException {
        expectAt(in, JsonToken.START_ARRAY);
        int index = readInt(in);
        String kind = readString(in);
        String agent = readString(in);
        String summary = readString(in);
        SourceRef source = readSourceRef(in);
        readStart(in);
        Optional<TimelineStep.ContextSize> context = Optional.empty();
        if (in.nextToken() != JsonToken.END_ARRAY) {
            int messages = in.getIntValue();
            in.nextToken();
            context = Optional.of(new TimelineStep.ContextSize(messages, in.getLongValue()));
            readEnd(in);
        }
        in.nextToken();
        boolean failed = in.getBooleanValue();
        readStart(in);
        Optional<TimelineStep.StateDiff> diff = Optional.empty();
        if (in.nextToken() != JsonToken.END_ARRAY) {
            String namespace = in.currentToken() == JsonToken.VALUE_NULL ? null : in.getText();
            int since = readInt(in);
            int omitted = readInt(in);
            List<TimelineStep.StateChange> changes = new ArrayList<>();
            JsonToken token;
            while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
                String path = token == JsonToken.VALUE_NULL ? null : in.getText();
                TimelineStep.Change change = TimelineStep.Change.valueOf(readString(in));
                changes.add(new TimelineStep.StateChange(path, change, readString(in), readString(in)));
            }
            diff = Optional.of(new TimelineStep.StateDiff(namespace, since, changes, omitted));
        }
        readStart(in);
        List<String> facts = new ArrayList<>();
        JsonToken token;
        while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
            facts.add(token == JsonToken.VALUE_NULL ? null : in.getText());
        }
        readEnd(in);
        return new TimelineStep(index, kind, agent, summary, source, context, failed, diff, facts);
    }

    private static Finding readFinding(JsonParser in) throws IOException {
        expectAt(in, JsonToken.START_ARRAY);
        String checkId = readString(in);
        Severity severity = Severity.valueOf(readString(in));
        String sessionId = readString(in);
        int step = readInt(in);
        SourceRef location = readSourceRef(in);
        String message = readString(in);
        readStart(in);
        List<Evidence> evidence = new ArrayList<>();
        JsonToken token;
        while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
            String label = token == JsonToken.VALUE_NULL ? null : in.getText();
            String excerpt = readString(in);
            SourceRef source = readSourceRef(in);
            evidence.add(new Evidence(label, excerpt, source, readInt(in)));
        }
        String fingerprint = readString(in);
        readEnd(in);
        return new Finding(checkId, severity, sessionId, step, location, message, evidence, fingerprint);
    }
}
