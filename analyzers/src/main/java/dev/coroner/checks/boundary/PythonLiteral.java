package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.TraceJson;

/**
 * Reads a Python-style literal dict or list ({@code {'order_id': 'ORD-1', 'gift': True}}) as JSON.
 * Many agent frameworks parse tool arguments leniently, and many log writers render them with
 * Python's repr, so such a string is not evidence of unreadable arguments. Strings may use single or
 * double quotes; True, False and None outside strings become true, false and null; tuples become
 * lists and a comma before a closing bracket is dropped. Anything else
 * that is not JSON stays unreadable.
 */
final class PythonLiteral {

    private PythonLiteral() {
    }

    /** The value as JSON, or null when the text is not a Python literal dict or list either. */
    static JsonNode read(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[') {
            return null;
        }
        StringBuilder json = new StringBuilder(trimmed.length() + 16);
        int i = 0;
        while (i < trimmed.length()) {
            char c = trimmed.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(trimmed, i);
                if (end < 0) {
                    return null;
                }
                json.append(TextNode.valueOf(unescape(trimmed.substring(i + 1, end), c)));
                i = end + 1;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(end))) {
                    end++;
                }
                String word = trimmed.substring(i, end);
                switch (word) {
                    case "True" -> json.append("true");
                    case "False" -> json.append("false");
                    case "None" -> json.append("null");
                    default -> json.append(word);
                }
                i = end;
            } else {
                // A tuple is written as a list; a comma before a closing bracket is dropped.
                if (c == '}' || c == ']' || c == ')') {
                    int end = json.length();
                    while (end > 0 && Character.isWhitespace(json.charAt(end - 1))) {
                        end--;
                    }
                    if (end > 0 && json.charAt(end - 1) == ',') {
                        json.setLength(end - 1);
                    }
                }
                json.append(c == '(' ? '[' : c == ')' ? ']' : c);
                i++;
            }
        }
        return TraceJson.tryParse(json.toString());
    }

    private static int closing(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String body, char quote) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\', '\'', '"' -> out.append(next);
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
