package dev.coroner.analysis;

import java.util.regex.Pattern;

/**
 * Recognises tool output that reports an error although the source did not flag it: an
 * "Error:" prefix, an exception or error class name, a Python traceback, an HTTP 4xx/5xx status,
 * or a JSON object whose top-level key is "error".
 */
public final class ErrorText {

    private static final Pattern ERROR = Pattern.compile(String.join("|",
            "\\A\\s*(?:error|exception|fatal|failed|failure)\\b\\s*[:\\-(\\[]",
            // "Error 503: …", "ERROR [E1042]: …": a code between the word and the colon.
            "\\A\\s*(?:error|exception|fatal)\\s+\\[?[A-Z]*\\d{2,5}\\]?\\s*:",
            // Case-sensitive: a class name such as ValueError, not any word ending in "error" ("terror:").
            "(?-i:\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b)\\s*[:(]",
            "Traceback \\(most recent call last\\)",
            "\\bHTTP(?:/\\d(?:\\.\\d)?)?\\s+[45]\\d\\d\\b",
            "\\b(?:status|status_code|statusCode)\"?\\s*[:=]\\s*[45]\\d\\d\\b",
            "\\A\\s*\\{\\s*\"error\"\\s*:"), Pattern.CASE_INSENSITIVE);

    private ErrorText() {
    }

    public static boolean looksLikeError(String text) {
        return text != null && ERROR.matcher(text).find();
    }
}
