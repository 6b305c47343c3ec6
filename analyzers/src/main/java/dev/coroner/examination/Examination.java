package dev.coroner.examination;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.filter.Baseline;
import dev.coroner.analysis.filter.FindingFilter;
import dev.coroner.analysis.filter.Redactor;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.trace.Session;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one examination pipeline of every command that shows findings ({@code examine},
 * {@code timeline}, {@code context}, {@code explore}): analyse, then accept what the suppressions and
 * the baseline list, then mask unless revealing. Built once from the command line's analysis options, before any input is read; the same
 * options give the same findings in every command.
 *
 * @param analyzer     the checks to run, with the run's analysis options and threads
 * @param suppressions findings to accept, with their reasons
 * @param baseline     findings known from an earlier run, if any
 * @param reveal       true to leave secrets and personal identifiers unmasked
 */
public record Examination(Analyzer analyzer, List<Suppression> suppressions, Optional<Baseline> baseline,
                          boolean reveal) {

    public Examination {
        suppressions = List.copyOf(suppressions);
    }

    /** Analyse, accept what the suppressions and the baseline list, then mask unless revealing. */
    public AnalysisResult run(LoadedTrace trace) {
        AnalysisResult analysed = analyzer.analyze(trace);
        // Filters after analysis, then masking: every report shows the same masks.
        AnalysisResult filtered = FindingFilter.apply(analysed, suppressions, baseline);
        return reveal ? filtered : Redactor.redact(filtered);
    }

    /**
     * How the content of one session is shown beside this examination's findings: as recorded when
     * revealing, else with secrets and personal identifiers masked ({@code [email-1]}), the session's
     * own structural ids (its session, thread and call ids) left readable.
     */
    public UnaryOperator<String> mask(Session session) {
        return reveal ? UnaryOperator.identity() : new Redactor(Redactor.structuralIds(session))::mask;
    }
}
