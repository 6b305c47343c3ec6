package dev.coroner.analysis;

import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.TextMemo;
import dev.coroner.analysis.timeline.Timeline;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdicts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Fingerprint;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.Futures;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.spill.MemoryBudget;
import dev.coroner.ingest.spill.Spill;
import dev.coroner.ingest.spill.SpilledList;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs the checks over every session on a pool of threads. First pass: each session's contribution
 * to the cross-session index, reduced in session order. Second pass: per-session facts again and
 * every check on every session, with the merged index; a bounded window of sessions is in flight
 * in each pass. Per-session analysis is a pure function of
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

    /**
     * The engine's own finding: a session too large for the memory budget was not analysed. The run
     * goes on with the other sessions, and the gap is said where the session's findings are.
     */
    public static final CheckInfo LIMIT_REACHED = new CheckInfo("evidence.limit-reached",
            "This session is larger than the memory budget, so no check judged it", Severity.MEDIUM, "0.4.0",
            """
            coroner holds a bounded amount of trace in memory (a quarter of the Java heap by default) and \
            analyses a session with everything it holds in memory at once. A session whose evidence alone \
            is estimated above that budget is not analysed, rather than running the whole run out of \
            memory: its steps are counted and listed, but nothing it holds was checked, and the session's \
            verdict counts the gap like any other missing evidence. The other sessions of the run are \
            analysed as usual, without this session's identifiers in the cross-session index.""",
            """
            Give the run more memory: CORONER_JAVA_OPTS="-Xmx8g" (the budget follows the heap), or set the \
            budget itself with CORONER_JAVA_OPTS="-Xmx8g -Dcoroner.memory.budget=3g". If the session is one \
            run that never ended (a long-lived service logging under one session id), split the input by \
            trace or by time before examining it.""",
            """
            evidence.limit-reached: this session holds about 812 MiB of evidence, more than the memory \
            budget of 96 MiB; it was not analysed (raise -Xmx or -Dcoroner.memory.budget)""");

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
            Map<String, Long> overBudget = trace.overBudget();
            int ahead = 2 * threads;
            // First pass: only each session's index part outlives its task; the facts are built again
            // in the second pass, so no more than a window of sessions' facts is held at a time.
            CrossSessionIndex.Merge merge = new CrossSessionIndex.Merge();
            inOrder(pool, sessions.size(), ahead, i -> () -> {
                Session session = sessions.get(i);
                return overBudget.containsKey(session.id()) ? CrossSessionIndex.empty()
                        : CrossSessionIndex.of(new SessionFacts(session));
            }, merge::add);
            CrossSessionIndex merged = merge.result();
            // Results go to lists that spill past their share of the memory budget. Sessions are sorted by
            // id and each session's findings by Finding.ORDER, whose first key is the session id, so the
            // findings arrive in the run's order; checked as they pass, sorted in memory if ever not.
            Spill spill = trace.results();
            SpilledList.Writer<Finding> findings = spill.writer("findings.smile", ResultCodec.FINDINGS, ResultCodec::size);
            SpilledList.Writer<SessionResult> results = spill.writer("sessions.smile", ResultCodec.SESSIONS,
                    ResultCodec::size);
            Order order = new Order();
            inOrder(pool, sessions.size(), ahead, i -> () -> {
                Session session = sessions.get(i);
                Long size = overBudget.get(session.id());
                return size != null ? notJudged(session, size, trace.memoryBudget()) : judge(session, merged);
            }, judged -> {
                judged.findings().forEach(order::add);
                judged.findings().forEach(findings::add);
                results.add(judged.result());
            });
            List<Finding> all = findings.finish();
            if (!order.sorted) {
                List<Finding> sorted = new ArrayList<>(all);
                sorted.sort(Finding.ORDER);
                all = sorted;
            }
            List<CheckInfo> infos = new ArrayList<>(checks.stream().map(Check::info).toList());
            for (CheckInfo engine : List.of(CHECK_FAILED, LIMIT_REACHED)) {
                if (order.checkIds.contains(engine.id())) {
                    infos.add(engine);
                }
            }
            return new AnalysisResult(CoronerVersion.get(), trace.inputs(), trace.skipped(), trace.problems(),
                    results.finish(), all, infos);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Second pass for one session: its facts, every check, its timeline and its verdict. */
    private Judged judge(Session session, CrossSessionIndex merged) {
        SessionFacts facts = new SessionFacts(session);
        List<Finding> sessionFindings = inspect(facts, merged);
        List<TimelineStep> timeline = Timeline.of(facts);
        return new Judged(sessionFindings, new SessionResult(session.id(), session.principal(), session.outcome(),
                session.failure(), session.steps().size(), facts.modelCalls().size(), session.source(),
                Verdicts.decide(session, sessionFindings), timeline));
    }

    /**
     * A session over the memory budget: its facts are not built and no check runs, one finding says
     * so. Its steps and model calls are still counted, and it has no timeline.
     */
    private static Judged notJudged(Session session, long size, long budget) {
        String message = "this session holds about " + MemoryBudget.describe(size) + " of evidence, more than the"
                + " memory budget of " + MemoryBudget.describe(budget)
                + "; it was not analysed (raise -Xmx or -D" + MemoryBudget.PROPERTY + ")";
        List<Finding> found = List.of(new Finding(LIMIT_REACHED.id(), LIMIT_REACHED.severity(), session.id(), -1,
                session.source(), message, List.of(), Fingerprint.of(LIMIT_REACHED.id(), session.id(), "budget")));
        int modelCalls = (int) session.steps().stream().filter(ModelCall.class::isInstance).count();
        return new Judged(found, new SessionResult(session.id(), session.principal(), session.outcome(),
                session.failure(), session.steps().size(), modelCalls, session.source(),
                Verdicts.decide(session, found), List.of()));
    }

    /**
     * Runs {@code count} tasks on the pool with at most {@code ahead} submitted and not yet joined,
     * and hands their results to {@code sink} in task order: the output is the same whatever the
     * number of threads, and the memory held is that of a window of tasks, not of all of them.
     */
    private static <T> void inOrder(ExecutorService pool, int count, int ahead, IntFunction<Callable<T>> task,
                                    Consumer<T> sink) {
        ArrayDeque<Future<T>> window = new ArrayDeque<>();
        int next = 0;
        for (int joined = 0; joined < count; joined++) {
            while (next < count && window.size() < ahead) {
                window.add(pool.submit(task.apply(next++)));
            }
            sink.accept(join(window.poll()));
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

    /** What the run's findings showed as they passed: whether they came in order, and their check ids. */
    private static final class Order {
        private Finding last;
        private boolean sorted = true;
        private final java.util.Set<String> checkIds = new java.util.HashSet<>();

        void add(Finding f) {
            if (last != null && Finding.ORDER.compare(last, f) > 0) {
                sorted = false;
            }
            last = f;
            checkIds.add(f.checkId());
        }
    }

    /** Second-pass result for one session. */
    private record Judged(List<Finding> findings, SessionResult result) {
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
        return Futures.join(future, "analysis interrupted");
    }
}
