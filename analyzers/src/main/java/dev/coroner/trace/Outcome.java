package dev.coroner.trace;

/** How a session ended, as far as the source recorded it. */
public enum Outcome {
    SUCCESS, FAILURE, UNKNOWN
}
