package dev.coroner.report;

import dev.coroner.analysis.SessionResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session result of each finding, for findings asked for in {@link dev.coroner.finding.Finding#ORDER}
 * (session id first): the sessions, sorted by id, are read alongside, one at a time, so a report over
 * sessions spilled past the memory budget does not hold them all. Asked out of order, or over sessions
 * not sorted by id, it falls back to a map of every session.
 */
public final class SessionCursor {

    private final List<SessionResult> sessions;
    private int next;
    private SessionResult at;
    private String asked;
    private Map<String, SessionResult> all;

    public SessionCursor(List<SessionResult> sessions) {
        this.sessions = sessions;
    }

    /** The session with this id (the last of that id), or null when there is none. */
    public SessionResult find(String id) {
        if (all != null) {
            return all.get(id);
        }
        if (asked != null && id.compareTo(asked) < 0) {
            return fallBack().get(id);
        }
        asked = id;
        while (at == null || at.id().compareTo(id) < 0) {
            if (next == sessions.size()) {
                return at != null && at.id().equals(id) ? at : null;
            }
            SessionResult read = sessions.get(next++);
            if (at != null && read.id().compareTo(at.id()) <= 0) {
                return fallBack().get(id);
            }
            at = read;
        }
        return at.id().equals(id) ? at : null;
    }

    private Map<String, SessionResult> fallBack() {
        all = new HashMap<>();
        sessions.forEach(s -> all.put(s.id(), s));
        return all;
    }
}
