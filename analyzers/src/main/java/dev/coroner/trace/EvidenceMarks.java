package dev.coroner.trace;

/**
 * Attribute names an importer sets when the source itself says something about the quality of its
 * evidence: where the session id came from, a span whose parent is not in the input, a payload the
 * producer cut or masked. They are ordinary attributes (kept by {@code coroner convert}), read by the
 * {@code evidence.*} checks; an importer that cannot tell leaves them out.
 */
public final class EvidenceMarks {

    /** Session attribute, text: the source field the session id was taken from, e.g. {@code session.id}. */
    public static final String SESSION_KEY = "coroner.session_key";

    /**
     * Session attribute, text: set when the source recorded no session / conversation id and the
     * session was rebuilt from a trace (or run tree) id; the value names that id's field.
     */
    public static final String SESSION_KEY_FALLBACK = "coroner.session_key_fallback";

    /** Step attribute, text: the parent span / run id the source names but the input does not hold. */
    public static final String PARENT_MISSING = "coroner.parent_missing";

    /** Step attribute, text: what the producer cut or dropped, as the source says (e.g. dropped attributes). */
    public static final String TRUNCATED = "coroner.truncated";

    /** Step attribute, text: what the producer masked or hid, as the source says (e.g. hidden inputs). */
    public static final String REDACTED = "coroner.redacted";

    /**
     * Step attribute, text: content the step holds that the importer could not read as messages (a
     * message list of an unexpected shape), with what was expected.
     */
    public static final String UNREAD_CONTENT = "coroner.unread_content";

    private EvidenceMarks() {
    }
}
