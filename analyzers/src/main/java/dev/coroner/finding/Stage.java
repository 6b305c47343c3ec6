package dev.coroner.finding;

import java.util.Locale;

/** The post-mortem checklist, in the order it is walked. The model is suspected only after all of them. */
public enum Stage {
    CONTEXT("Context", "what was in the context window at each model call"),
    RETRIEVAL("Retrieval", "how history and knowledge were retrieved, and from whom"),
    STATE("Inter-step state", "what state passed between steps and checkpoints"),
    HANDOFF("Handoffs", "what one agent handed to the next, and what it left out"),
    BOUNDARY("Boundary validation", "whether state was validated where it was read or written"),
    BLEED("Isolation", "whether one user's content reached another user's session"),
    EVIDENCE("Evidence gaps", "what the trace failed to record");

    private final String title;
    private final String question;

    Stage(String title, String question) {
        this.title = title;
        this.question = question;
    }

    /** Lower-case name, the first part of a check id. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }

    /** True for the stages whose findings are state failures (everything but evidence gaps). */
    public boolean isStateClass() {
        return this != EVIDENCE;
    }

    /** The stage of a check id: its prefix. */
    public static Stage ofCheckId(String checkId) {
        int dot = checkId.indexOf('.');
        String prefix = dot < 0 ? checkId : checkId.substring(0, dot);
        for (Stage stage : values()) {
            if (stage.id().equals(prefix)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("check id '" + checkId + "' does not start with a checklist stage");
    }
}
