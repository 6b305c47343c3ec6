package dev.coroner.analysis.provenance;

/**
 * A fact where it occurs in a session.
 *
 * @param value   the fact
 * @param origin  what kind of step or message holds it
 * @param step    the step that brought it in
 * @param message the message holding it, or -1 for step payloads (arguments, documents, state)
 * @param agent   the agent of that step or message, or empty
 * @param field   the JSON field holding it, when the text was JSON and the field is known, or empty
 */
public record Occurrence(Value value, Origin origin, int step, int message, String agent, String field) {
}
