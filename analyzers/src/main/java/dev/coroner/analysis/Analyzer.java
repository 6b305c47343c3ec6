package dev.coroner.analysis;

import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.TextMemo;
import dev.coroner.analysis.timeline.Timeline;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdicts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
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

    /**
     * The engine's own finding: a check threw on a session. That is a coroner bug; the run goes on
     * (the other checks and sessions are still judged, the failed check's earlier findings kept), and
     * the gap is said where the session's findings are, so an empty list is never read as clean.
     */
    public static final CheckInfo CHECK_FAILED = new CheckInfo("evidence.check-failed",
            "A check failed on this session, so its silence means nothing there", Severity.MEDIUM, "0.3.0",
            """
            A check that stops with an error on a session has not judged it: whatever it was to find there \
            (a poisoned context, a dropped field, a foreign identifier) may be present and unreported. The \
            rest of the run is complete; only this check on this session is not, and the session's verdict \
            counts the gap like any other missing evidence.""",
            """
            This is a bug in coroner, not in the agent system. Report it with the message (the check, the \
            exception and where it was thrown) and, if you can share it, the session's input; rerunning \
            with --debug prints the stack trace. Until then, read the session's steps with `coroner \
            timeline` and `coroner context`.""",
            """
            evidence.check-failed: check state.field-dropped failed on this session (IllegalStateException \
            at FieldDroppedCheck.java:212); its findings here are incomplete""");

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
        ExecutorService pool = Executors.newFixedThreadPool(threads, Worker::new);
        try {
            List<Session> sessions = trace.sessions();
            List<SessionFacts> facts = new ArrayList<>();
            List<Future<Prepared>> first = new ArrayList<>();
            for (Session session : sessions) {
                first.add(pool.submit(() -> {
                    SessionFacts f = new SessionFacts(session);
                    return new Prepared(f, CrossSessionIndex.of(f));
                }));
            }
            CrossSessionIndex.Merge merge = new CrossSessionIndex.Merge();
            for (int i = 0; i < first.size(); i++) {
                Prepared prepared = join(first.get(i));
                first.set(i, null); // merged in session order, as mergeAll would: the part need not stay
                facts.add(prepared.facts());
                merge.add(prepared.index());
            }
            CrossSessionIndex merged = merge.result();
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
            List<CheckInfo> infos = new ArrayList<>(checks.stream().map(Check::info).toList());
            if (findings.stream().anyMatch(f -> f.checkId().equals(CHECK_FAILED.id()))) {
                infos.add(CHECK_FAILED);
            }
            return new AnalysisResult(CoronerVersion.get(), trace.inputs(), trace.skipped(), trace.problems(),
                    results, findings, infos);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A worker of one run. It keeps what the scans of texts found ({@link TextMemo}), so a text that
     * many sessions repeat (a system prompt, a tool schema) is scanned once per worker, and the memo
     * ends with the run.
     */
    private static final class Worker extends Thread implements TextMemo.Holder {
        private final TextMemo memo = new TextMemo();

        Worker(Runnable runnable) {
            super(runnable, "coroner-analysis");
            setDaemon(true);
        }

        @Override
        public TextMemo textMemo() {
            return memo;
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
            try {
                check.inspect(facts, new CheckContext(check.info(), facts, index, options, found));
            } catch (RuntimeException | StackOverflowError e) {
                new CheckContext(CHECK_FAILED, facts, index, options, found)
                        .atSession("check " + check.info().id() + " failed on this session (" + thrown(e)
                                + "); its findings here are incomplete")
                        .key(check.info().id())
                        .report();
            }
        }
        found.sort(Finding.ORDER);
        return found;
    }

    /** The exception's class and where it was thrown, for a bug report: "NullPointerException at X.java:12". */
    private static String thrown(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String at = trace.length == 0 || trace[0].getFileName() == null ? ""
                : " at " + trace[0].getFileName() + (trace[0].getLineNumber() > 0 ? ":" + trace[0].getLineNumber() : "");
        return e.getClass().getSimpleName() + at;
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
