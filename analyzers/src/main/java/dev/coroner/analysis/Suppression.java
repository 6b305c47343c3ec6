package dev.coroner.analysis;

import dev.coroner.finding.Finding;
import java.util.Objects;

/**
 * An accepted finding, declared by the user: every finding of a check, optionally only in one
 * session or only the one with a given fingerprint, with the reason it is accepted. Applied by
 * {@link dev.coroner.analysis.filter.FindingFilter} after analysis; checks never see suppressions.
 *
 * @param checkId     the check id (exact)
 * @param session     the session id (exact), or empty for every session
 * @param fingerprint one finding's fingerprint, or empty for every finding of the check
 * @param reason      why the finding is accepted; never empty
 * @param origin      where it was declared: {@code FILE:LINE} or {@code --suppress}
 */
public record Suppression(String checkId, String session, String fingerprint, String reason, String origin) {

    public Suppression {
        Objects.requireNonNull(checkId, "checkId");
        session = session == null ? "" : session;
        fingerprint = fingerprint == null ? "" : fingerprint;
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression of " + checkId + " needs a reason");
        }
        reason = reason.strip();
        origin = origin == null ? "" : origin;
    }

    public boolean matches(Finding finding) {
        return finding.checkId().equals(checkId)
                && (session.isEmpty() || finding.sessionId().equals(session))
                && (fingerprint.isEmpty() || finding.fingerprint().equals(fingerprint));
    }

    /** {@code CHECK-ID[:SESSION][#FINGERPRINT]}, as reports name it. */
    public String target() {
        return checkId + (session.isEmpty() ? "" : ":" + session) + (fingerprint.isEmpty() ? "" : "#" + fingerprint);
    }

    /**
     * Parses the inline form {@code CHECK-ID[:SESSION]=REASON} of {@code --suppress}. The check id
     * ends at the first {@code :} or {@code =}, the session at the first {@code =}; the reason is
     * the rest and must not be empty.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static Suppression parse(String spec, String origin) {
        int equals = spec.indexOf('=');
        if (equals < 0 || spec.substring(equals + 1).isBlank()) {
            throw new IllegalArgumentException("expected CHECK-ID[:SESSION]=REASON (a reason is required), found '"
                    + spec + "'");
        }
        String target = spec.substring(0, equals).strip();
        String reason = spec.substring(equals + 1);
        int colon = target.indexOf(':');
        String checkId = colon < 0 ? target : target.substring(0, colon);
        String session = colon < 0 ? "" : target.substring(colon + 1);
        if (checkId.isEmpty() || colon >= 0 && session.isEmpty()) {
            throw new IllegalArgumentException("expected CHECK-ID[:SESSION]=REASON, found '" + spec + "'");
        }
        return new Suppression(checkId, session, "", reason, origin);
    }
}
