package dev.coroner.finding;

import dev.coroner.trace.Sha256;
import java.util.Locale;

/**
 * Stable finding ids: SHA-256 over the check id, the session id and a normalised content key
 * (case folded, whitespace collapsed), first 32 hex digits. Line numbers and times never enter,
 * so a finding keeps its fingerprint when the dump is re-exported or reformatted.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(String checkId, String sessionId, String contentKey) {
        String normalised = contentKey.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String material = checkId + '\u0000' + sessionId + '\u0000' + normalised;
        return Sha256.hex(material).substring(0, 32);
    }
}
