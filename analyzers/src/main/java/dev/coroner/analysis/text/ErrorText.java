package dev.coroner.analysis.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.TraceJson;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises tool output that reports an error although the source did not flag it: an
 * "Error:" prefix, an exception or error class name, a Python traceback, an HTTP 4xx/5xx status,
 * or a JSON object whose top-level key is "error". A log excerpt (every line opens with a timestamp)
 * reports what the logged system did, so the errors in it are not a failure of the call.
 *
 * <p>A JSON object with several fields, or with an "error" key, is an answer unless its own structure
 * says the call failed: a 4xx/5xx status, a non-zero exit code, a leading "error" key that holds an
 * error (not null, false, 0 or empty), or a top-level text that is an error
 * message (starts with "Error:", names an exception class, holds a traceback). Error text elsewhere in
 * it is what the call reported about something else ({"top_error": "HTTP 502 from ledger-gateway"} in
 * a metrics answer), not a failure of the call.
 */
public final class ErrorText {

    private static final String LEADING = String.join("|",
            "\\A\\s*(?:error|exception|fatal|failed|failure)\\b\\s*[:\\-(\\[]",
            // "Error 503: …", "ERROR [E1042]: …": a code between the word and the colon.
            "\\A\\s*(?:error|exception|fatal)\\s+\\[?[A-Z]*\\d{2,5}\\]?\\s*:",
            // Case-sensitive: a class name such as ValueError, not any word ending in "error" ("terror:").
            "(?-i:\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b)\\s*[:(]",
            "Traceback \\(most recent call last\\)");
    private static final Pattern ERROR = Pattern.compile(String.join("|", LEADING,
            "\\bHTTP(?:/\\d(?:\\.\\d)?)?\\s+[45]\\d\\d\\b",
            "\\b(?:status|status_code|statusCode)\"?\\s*[:=]\\s*[45]\\d\\d\\b",
            "\\A\\s*\\{\\s*\"error\"\\s*:"), Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE = Pattern.compile(LEADING, Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_KEY = Pattern.compile("(?i)status|status_?code|statusCode|http_?status");
    private static final Pattern EXIT_KEY = Pattern.compile("(?i)exit_?code|exit_?status|return_?code|returncode");
    /** The opening of a log line: an ISO 8601 timestamp (optionally in brackets) or a syslog one. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "\\s*\\[?(?:\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|[A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2})");
    /** An object with more fields than this is read by its structure, not searched for error words. */
    private static final int WRAPPER_FIELDS = 2;

    private ErrorText() {
    }

    public static boolean looksLikeError(String text) {
        if (text == null) {
            return false;
        }
        String s = text.stripLeading();
        if (s.startsWith("{")) {
            JsonNode json = TraceJson.tryParse(text);
            if (json != null && json.isObject() && (json.size() > WRAPPER_FIELDS || json.has("error"))) {
                return failedByStructure(json);
            }
        }
        return ERROR.matcher(text).find() && !logExcerpt(text);
    }

    /**
     * A log excerpt: two lines or more, every one of them opening with a timestamp (ISO 8601, or syslog's
     * "Nov 18 03:12:07"). The errors in it are what the logged system reported, not a failure of the
     * call that read the logs.
     */
    static boolean logExcerpt(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!LOG_LINE.matcher(line).lookingAt()) {
                return false;
            }
            lines++;
        }
        return lines >= 2;
    }

    /** An error field that says there was none: null, false, 0 or empty ({"error": null, "result": …}). */
    private static boolean saysNone(JsonNode value) {
        return value.isNull() || value.isBoolean() && !value.asBoolean() || value.isNumber() && value.asDouble() == 0
                || value.isContainerNode() && value.isEmpty() || value.isTextual() && value.asText().isBlank();
    }

    private static boolean failedByStructure(JsonNode json) {
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        if (fields.hasNext()) {
            Map.Entry<String, JsonNode> first = fields.next();
            if (first.getKey().equalsIgnoreCase("error") && !saysNone(first.getValue())) {
                return true;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (STATUS_KEY.matcher(f.getKey()).matches() && v.canConvertToInt() && v.asInt() >= 400 && v.asInt() < 600) {
                return true;
            }
            if (EXIT_KEY.matcher(f.getKey()).matches() && v.isIntegralNumber() && v.asInt() != 0) {
                return true;
            }
            if (v.isTextual() && MESSAGE.matcher(v.asText()).find()) {
                return true;
            }
        }
        return false;
    }
}
