package dev.coroner.ingest;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;

/**
 * Where a session id came from: the id, the source field it was read from, and whether that was a
 * fallback (a trace id, a file name) because the source recorded no session id. Marked on the
 * session so that {@code evidence.no-session-id} can name the field.
 *
 * @param id        the session id
 * @param field     the source field the id was read from, in the format's own spelling
 * @param fallback  true when the source recorded no session id and {@code field} names what stood in
 * @param firstSeen where the session starts, or null for the first span in execution order
 */
public record SessionKey(String id, String field, boolean fallback, SourceRef firstSeen) {

    /** The field named when a session falls back to a trace id the format has no own name for. */
    public static final String TRACE_ID = "trace id";

    /** A session id the source recorded in {@code field}. */
    public static SessionKey recorded(String id, String field) {
        return new SessionKey(id, field, false, null);
    }

    /** No session id recorded: the trace is the session. */
    public static SessionKey traceId(String traceId) {
        return fallback(traceId, TRACE_ID);
    }

    /** No session id recorded: {@code id}, read from the format's {@code field}, stands in for one. */
    public static SessionKey fallback(String id, String field) {
        return new SessionKey(id, field, true, null);
    }

    /** This key with the session starting at {@code at} (a trace record read apart from its spans). */
    public SessionKey seenAt(SourceRef at) {
        return new SessionKey(id, field, fallback, at);
    }

    /** Records the key on the session it names. */
    public void mark(SessionBuilder session) {
        session.attribute(EvidenceMarks.SESSION_KEY, TextNode.valueOf(field));
        if (fallback) {
            session.attribute(EvidenceMarks.SESSION_KEY_FALLBACK, TextNode.valueOf(field));
        }
    }
}
