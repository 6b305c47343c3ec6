package dev.coroner.analysis.provenance;

/** Where a fact came from: the kind of message or step that brought it into the session. */
public enum Origin {
    /** Typed by the user. */
    USER,
    /** A system or developer prompt. */
    SYSTEM,
    /** A tool result that reports success. */
    TOOL_RESULT,
    /** A tool result that reports an error. */
    TOOL_ERROR,
    /** A tool result that succeeded in form only: 0, empty, null, NaN, an epoch date, a placeholder, a fallback. */
    DEGENERATE,
    /** A retrieved document. */
    RETRIEVED,
    /** Another agent's message or a handoff payload. */
    AGENT,
    /** A model's output: when this is a fact's first occurrence, the model introduced it. */
    MODEL,
    /** Arguments of a tool call: a use of a fact, not a source. */
    ARGUMENT,
    /** A state write: a fact carried forward, not a source. */
    STATE;

    /** True when a fact first seen here had a source outside the model. */
    public boolean isSource() {
        return this != MODEL && this != ARGUMENT && this != STATE;
    }

    /** True for the origins whose facts are not to be trusted: a failed call or a degenerate result. */
    public boolean isFailure() {
        return this == TOOL_ERROR || this == DEGENERATE;
    }
}
