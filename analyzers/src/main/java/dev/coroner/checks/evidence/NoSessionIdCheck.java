package dev.coroner.checks.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.EvidenceMarks;

/**
 * Sessions an importer had to rebuild from a trace id because the source recorded no session,
 * conversation or thread id. A caveat rather than a gap: the trace still holds one whole run, so
 * the finding is informational and does not by itself make the verdict inconclusive (the verdict
 * names it); but turns of one conversation land in separate sessions, so state carried across
 * turns and bleed between them cannot be followed.
 */
public final class NoSessionIdCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.no-session-id",
            "Session rebuilt from a trace id: no session or conversation id recorded",
            Severity.INFO,
            "0.2.0",
            """
            A conversation usually spans many traces: one per user turn, one per agent run. Only a session,
            conversation or thread id ties them together. Without it coroner has to treat each trace as its
            own session: a tool error in turn 1 that poisons turn 3, a field dropped between two runs of the
            same thread, or one user's data reaching another user's later turn all cross trace boundaries
            and cannot be followed. The findings of this session still hold; the absence of findings across
            turns is weaker evidence.
            """,
            """
            Record the conversation id on every span or run: gen_ai.conversation.id (OpenTelemetry GenAI),
            session.id and user.id (OpenInference: using_session / using_user), metadata.session_id or
            thread_id (LangSmith), group_id (OpenAI Agents SDK trace), sessionId (Langfuse).
            """,
            """
            An OTLP export of a support bot whose spans carry no gen_ai.conversation.id or session.id: each
            user turn is a separate trace, and coroner examines each as its own session.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        JsonNode fallback = facts.session().attributes().get(EvidenceMarks.SESSION_KEY_FALLBACK);
        if (fallback == null) {
            return;
        }
        String field = fallback.isTextual() ? fallback.asText() : "trace id";
        context.atSession("no session or conversation id recorded: the session was rebuilt from the " + field
                        + ", so state and content crossing into other traces of the same conversation cannot be followed")
                .key("no-session-id")
                .evidence("session id taken from the " + field, facts.session().id(), facts.session().source())
                .report();
    }
}
