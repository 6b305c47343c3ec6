package dev.coroner.checks;

import dev.coroner.checks.bleed.ForeignContentCheck;
import dev.coroner.checks.bleed.ForeignIdentifierCheck;
import dev.coroner.checks.bleed.SharedThreadCheck;
import dev.coroner.checks.boundary.MalformedToolArgumentsCheck;
import dev.coroner.checks.boundary.SchemaViolationCheck;
import dev.coroner.checks.boundary.TypeCoercionCheck;
import dev.coroner.checks.boundary.ValueMisreadCheck;
import dev.coroner.checks.boundary.UnvalidatedToolOutputCheck;
import dev.coroner.checks.context.BadValuePropagatedCheck;
import dev.coroner.checks.context.ClaimedVerificationCheck;
import dev.coroner.checks.context.MadeUpDataCheck;
import dev.coroner.checks.context.ErrorCarriedForwardCheck;
import dev.coroner.checks.context.FailureTakenAsFactCheck;
import dev.coroner.checks.context.InjectedInstructionCheck;
import dev.coroner.checks.context.RepeatedFailureCheck;
import dev.coroner.checks.context.StaleContentCheck;
import dev.coroner.checks.context.WindowPressureCheck;
import dev.coroner.checks.evidence.CheckpointUndecodableCheck;
import dev.coroner.checks.evidence.ContentUnreadCheck;
import dev.coroner.checks.evidence.ModelInputMissingCheck;
import dev.coroner.checks.evidence.NoSessionIdCheck;
import dev.coroner.checks.evidence.PayloadTruncatedCheck;
import dev.coroner.checks.evidence.RedactedCheck;
import dev.coroner.checks.evidence.UnpairedSpanCheck;
import dev.coroner.checks.retrieval.EmptyIgnoredCheck;
import dev.coroner.checks.retrieval.ForeignSessionCheck;
import dev.coroner.checks.retrieval.OffTopicCheck;
import dev.coroner.checks.handoff.ContextDroppedCheck;
import dev.coroner.checks.handoff.PlanDriftCheck;
import dev.coroner.checks.state.FieldDroppedCheck;
import dev.coroner.checks.state.ForkFromStaleCheck;
import dev.coroner.checks.state.HistoryRegressedCheck;
import dev.coroner.checks.state.HistoryForgottenCheck;
import dev.coroner.checks.state.RecordFieldLostCheck;
import dev.coroner.checks.state.PendingTaskDroppedCheck;
import dev.coroner.checks.state.SchemaDriftCheck;
import dev.coroner.checks.handoff.ToolNotOwnedCheck;
import dev.coroner.checks.state.TypeChangedCheck;
import dev.coroner.checks.state.UnpairedToolCallCheck;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.Check;
import dev.coroner.finding.CheckInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every check coroner runs, in checklist order. An explicit list rather than a service loader:
 * the order is visible in one place, a missing registration fails the catalogue test, and a
 * shaded jar cannot lose a check to a merged service file. A new check is one class plus one
 * line here.
 */
public final class CheckCatalog {

    private static final List<Check> ALL = List.of(
            new ErrorCarriedForwardCheck(),
            new FailureTakenAsFactCheck(),
            new ClaimedVerificationCheck(),
            new MadeUpDataCheck(),
            new InjectedInstructionCheck(),
            new RepeatedFailureCheck(),
            new BadValuePropagatedCheck(),
            new StaleContentCheck(),
            new WindowPressureCheck(),
            new ForeignSessionCheck(),
            new EmptyIgnoredCheck(),
            new OffTopicCheck(),
            new FieldDroppedCheck(),
            new TypeChangedCheck(),
            new SchemaDriftCheck(),
            new ForkFromStaleCheck(),
            new PendingTaskDroppedCheck(),
            new HistoryRegressedCheck(),
            new HistoryForgottenCheck(),
            new RecordFieldLostCheck(),
            new UnpairedToolCallCheck(),
            new ContextDroppedCheck(),
            new PlanDriftCheck(),
            new ToolNotOwnedCheck(),
            new SchemaViolationCheck(),
            new MalformedToolArgumentsCheck(),
            new UnvalidatedToolOutputCheck(),
            new TypeCoercionCheck(),
            new ValueMisreadCheck(),
            new ForeignIdentifierCheck(),
            new SharedThreadCheck(),
            new ForeignContentCheck(),
            new ModelInputMissingCheck(),
            new ContentUnreadCheck(),
            new CheckpointUndecodableCheck(),
            new PayloadTruncatedCheck(),
            new RedactedCheck(),
            new UnpairedSpanCheck(),
            new NoSessionIdCheck());

    private CheckCatalog() {
    }

    public static List<Check> all() {
        return ALL;
    }

    /**
     * Every finding a run can report: the checks', then the engine's own (a check that failed on a
     * session, a session over the memory budget), so that {@code coroner checks}, {@code explain}, suppressions and the docs know it.
     */
    private static final List<CheckInfo> INFOS = Stream.concat(ALL.stream().map(Check::info),
            Stream.of(Analyzer.CHECK_FAILED, Analyzer.LIMIT_REACHED)).toList();

    public static List<CheckInfo> infos() {
        return INFOS;
    }

    public static Optional<CheckInfo> info(String id) {
        return infos().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
