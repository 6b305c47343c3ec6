package dev.coroner.checks.evidence;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.StateSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkpoint values coroner could not decode (an unknown msgpack extension type, a pickle, a
 * corrupt or truncated value): they are kept as opaque nodes with their size, so the analysis
 * does not see what they held. One finding per session, at the first such checkpoint, with the
 * count.
 */
public final class CheckpointUndecodableCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many notes are listed as evidence.",
            3, "notes");

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.checkpoint-undecodable",
            "Checkpoint values that could not be decoded",
            Severity.MEDIUM,
            "0.2.0",
            """
            coroner decodes checkpoints structurally and never runs a deserializer that could execute
            code. A value in a format it does not know (an unregistered msgpack extension type, a
            pickle) or a corrupt one is kept as an opaque node with its size: the state checks cannot
            see what it held, so a dropped field or a changed type inside it would go unnoticed.
            """,
            """
            Keep checkpoint state to plain data (strings, numbers, lists, maps, LangChain messages) so
            that it can be inspected without the application's classes; avoid pickle serialization.
            If a value is known to be safe, decode it with the application and compare by hand.
            """,
            """
            Checkpoint 1f0a…8000 holds "invoice_index" as msgpack extension type 42 (17 bytes), a
            custom type the checkpointer was taught to encode; its content is not part of the analysis.
            """,
            List.of(EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        StateSnapshot first = null;
        List<String> notes = new ArrayList<>();
        List<StateSnapshot> where = new ArrayList<>();
        for (StateSnapshot snapshot : history.snapshots()) {
            Checkpoint checkpoint = history.checkpoint(snapshot).orElse(null);
            if (checkpoint == null || checkpoint.undecodable().isEmpty()) {
                continue;
            }
            if (first == null) {
                first = snapshot;
            }
            for (String note : checkpoint.undecodable()) {
                notes.add(note);
                where.add(snapshot);
            }
        }
        if (first == null) {
            return;
        }
        CheckContext.Draft draft = context.at(first, notes.size() + " checkpoint value"
                        + (notes.size() == 1 ? "" : "s") + " could not be decoded (first at step " + first.index()
                        + "); the analysis does not see what " + (notes.size() == 1 ? "it holds" : "they hold"))
                .key("checkpoint-undecodable");
        for (int i = 0; i < Math.min(EVIDENCE_LIMIT.value(), notes.size()); i++) {
            draft.evidence("undecodable at step " + where.get(i).index(), notes.get(i), where.get(i).source());
        }
        draft.report();
    }
}
