package dev.coroner.analysis;

import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.timeline.Timeline;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdicts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.trace.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the checks over every session on a pool of threads. First pass: per-session facts and
 * each session's contribution to the cross-session index, reduced in session order. Second pass:
 * every check on every session, with the merged index. Per-session analysis is a pure function of
 * one session and the read-only index; results are gathered in session order and sorted, so
 * output does not depend on the number of threads.
 */
public final class Analyzer {

    private final List<Check> checks;
    private final int threads;
    private final AnalysisOptions options;

    /**
     * @param checks  checks to run, in catalogue order
     * @param threads worker threads (at least 1)
     */
    public Analyzer(List<Check> checks, int threads) {
        this(checks, threads, AnalysisOptions.none());
    }

    /**
     * @param checks  checks to run, in catalogue order
     * @param threads worker threads (at least 1)
     * @param options what the run is told besides its inputs (declared schemas)
     */
    public Analyzer(List<Check> checks, int threads, AnalysisOptions options) {
        this.checks = List.copyOf(checks);
        this.threads = Math.max(1, threads);
        this.options = options;
    }

    public AnalysisResult analyze(LoadedTrace trace) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "coroner-analysis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Session> sessions = trace.sessions();
            List<SessionFacts> facts = new ArrayList<>();
            List<CrossSessionIndex> parts = new ArrayList<>();
            List<Future<Prepared>> first = new ArrayList<>();
            for (Session session : sessions) {
                first.add(pool.submit(() -> {
                    SessionFacts f = new SessionFacts(session);
                    return new Prepared(f, CrossSessionIndex.of(f));
                }));
            }
            for (Future<Prepared> future : first) {
                Prepared prepared = join(future);
                facts.add(prepared.facts());
                parts.add(prepared.index());
            }
            CrossSessionIndex merged = CrossSessionIndex.mergeAll(parts);
            List<Future<Inspected>> second = new ArrayList<>();
            for (SessionFacts f : facts) {
                second.add(pool.submit((Callable<Inspected>) () -> {
                    Inspected inspected = new Inspected(inspect(f, merged), Timeline.of(f));
                    f.releaseProvenance(); // the session's checks are done: its fact map need not outlive them
                    return inspected;
                }));
            }
            List<Finding> findings = new ArrayList<>();
            List<SessionResult> results = new ArrayList<>();
            for (int i = 0; i < facts.size(); i++) {
                Inspected inspected = join(second.get(i));
                List<Finding> sessionFindings = inspected.findings();
                Session session = facts.get(i).session();
                findings.addAll(sessionFindings);
                results.add(new SessionResult(session.id(), session.principal(), session.outcome(),
                        session.failure(), session.steps().size(), facts.get(i).modelCalls().size(),
                        session.source(), Verdicts.decide(session, sessionFindings), inspected.timeline()));
            }
            findings.sort(Finding.ORDER);
            List<CheckInfo> infos = checks.stream().map(Check::info).toList();
            return new AnalysisResult(CoronerVersion.get(), trace.inputs(), trace.skipped(), trace.problems(),
                    results, findings, infos);
        } finally {
            pool.shutdownNow();
        }
    }

    /** First-pass result for one session. */
    private record Prepared(SessionFacts facts, CrossSessionIndex index) {
    }

    /** Second-pass result for one session. */
    private record Inspected(List<Finding> findings, List<TimelineStep> timeline) {
    }

    private List<Finding> inspect(SessionFacts facts, CrossSessionIndex index) {
        List<Finding> found = new ArrayList<>();
        for (Check check : checks) {
            check.inspect(facts, new CheckContext(check.info(), facts, index, options, found));
        }
        found.sort(Finding.ORDER);
        return found;
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
