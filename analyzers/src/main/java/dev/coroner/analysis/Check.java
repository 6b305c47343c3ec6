package dev.coroner.analysis;

import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;

/**
 * One check of the post-mortem checklist. A check looks at one session (with the shared, read-only
 * facts about it and the cross-session index), reports only through its context, keeps no state
 * between sessions and does no I/O. Checks never depend on each other's run order.
 */
public interface Check {

    /** The check's metadata record. */
    CheckInfo info();

    /** Inspects one session. Called concurrently for different sessions. */
    void inspect(SessionFacts session, CheckContext context);
}
