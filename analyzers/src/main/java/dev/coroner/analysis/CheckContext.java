package dev.coroner.analysis;

import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Fingerprint;
import dev.coroner.finding.Severity;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.List;

/** Where a check reports its findings for one session; also gives it the cross-session index and the run's options. */
public final class CheckContext {

    private final CheckInfo check;
    private final SessionFacts session;
    private final CrossSessionIndex index;
    private final AnalysisOptions options;
    private final List<Finding> sink;

    CheckContext(CheckInfo check, SessionFacts session, CrossSessionIndex index, AnalysisOptions options,
                 List<Finding> sink) {
        this.check = check;
        this.session = session;
        this.index = index;
        this.options = options;
        this.sink = sink;
    }

    /** What the run was told besides its inputs: declared state schemas (read-only). */
    public AnalysisOptions options() {
        return options;
    }

    /** Distinctive identifiers of every session of the run (read-only). */
    public CrossSessionIndex index() {
        return index;
    }

    /** Starts a finding about a step of the session. */
    public Draft at(Step step, String message) {
        return new Draft(step.index(), step.source(), message);
    }

    /** Starts a finding about the session as a whole. */
    public Draft atSession(String message) {
        return new Draft(-1, session.session().source(), message);
    }

    /** A finding being assembled; {@link #report()} adds it. */
    public final class Draft {
        private final int step;
        private final SourceRef location;
        private final String message;
        private final List<Evidence> evidence = new ArrayList<>();
        private Severity severity = check.severity();
        private String key = "";

        private Draft(int step, SourceRef location, String message) {
            this.step = step;
            this.location = location;
            this.message = message;
        }

        /** Overrides the default severity. */
        public Draft severity(Severity value) {
            severity = value;
            return this;
        }

        /** The content that identifies this finding within the session (for its fingerprint). */
        public Draft key(String value) {
            key = value;
            return this;
        }

        /** Adds an excerpt; the text is cut with {@link Excerpts#cut(String)}. */
        public Draft evidence(String label, String text, SourceRef source) {
            evidence.add(new Evidence(label, Excerpts.cut(text), source));
            return this;
        }

        /** Adds an excerpt of a step of this session; the text is cut with {@link Excerpts#cut(String)}. */
        public Draft evidence(String label, String text, Step at) {
            evidence.add(new Evidence(label, Excerpts.cut(text), at.source(), at.index()));
            return this;
        }

        /** Adds an excerpt of a step of this session, already cut by the caller. */
        public Draft evidenceExcerpt(String label, String excerpt, Step at) {
            evidence.add(new Evidence(label, excerpt, at.source(), at.index()));
            return this;
        }

        /** Adds an excerpt already cut by the caller (e.g. with {@link Excerpts#around}). */
        public Draft evidenceExcerpt(String label, String excerpt, SourceRef source) {
            evidence.add(new Evidence(label, excerpt, source));
            return this;
        }

        public void report() {
            String sessionId = session.session().id();
            sink.add(new Finding(check.id(), severity, sessionId, step, location, message, evidence,
                    Fingerprint.of(check.id(), sessionId, key.isEmpty() ? message : key)));
        }
    }
}
