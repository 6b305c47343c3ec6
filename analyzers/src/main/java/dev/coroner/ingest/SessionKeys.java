package dev.coroner.ingest;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.SessionBuilder;

/** Records on a session which source field its id came from, and whether that was a fallback. */
public final class SessionKeys {

    private SessionKeys() {
    }

    /**
     * @param field    the source field the id was read from
     * @param fallback true when the source recorded no session id and {@code field} names a trace id
     */
    public static void mark(SessionBuilder session, String field, boolean fallback) {
        session.attribute(EvidenceMarks.SESSION_KEY, TextNode.valueOf(field));
        if (fallback) {
            session.attribute(EvidenceMarks.SESSION_KEY_FALLBACK, TextNode.valueOf(field));
        }
    }
}
