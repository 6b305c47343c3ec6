package dev.coroner.finding;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one metadata record of a check, from which {@code coroner checks}, {@code coroner explain},
 * report rules and {@code docs/checks.md} are generated.
 *
 * @param id          stable id {@code <stage>.<kebab-name>}: rule id, suppression key, docs anchor
 * @param title       a short sentence
 * @param severity    default severity
 * @param since       the coroner version that introduced the check
 * @param rationale   why this is a failure, for the on-call engineer
 * @param remediation what to change in the agent system
 * @param example     a short example of what it finds
 * @param heuristics  the thresholds, phrase lists and patterns the check decides by, read by its code
 */
public record CheckInfo(String id, String title, Severity severity, String since, String rationale,
                        String remediation, String example, List<Heuristic> heuristics) {

    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

    public CheckInfo {
        Objects.requireNonNull(id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("check id must be <stage>.<kebab-name>: " + id);
        }
        Stage.ofCheckId(id);
        rationale = rationale.strip();
        remediation = remediation.strip();
        example = example.strip();
        heuristics = List.copyOf(heuristics);
        Set<String> names = new HashSet<>();
        for (Heuristic heuristic : heuristics) {
            if (!names.add(heuristic.id())) {
                throw new IllegalArgumentException("heuristic " + heuristic.id() + " declared twice by " + id);
            }
        }
    }

    /** A check that declares no heuristics. */
    public CheckInfo(String id, String title, Severity severity, String since, String rationale, String remediation,
                     String example) {
        this(id, title, severity, since, rationale, remediation, example, List.of());
    }

    public Stage stage() {
        return Stage.ofCheckId(id);
    }
}
