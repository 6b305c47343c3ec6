package dev.coroner.ingest.ag2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Reads the text AG2's file logger writes for a response, {@code str(ChatCompletion)}: a pydantic
 * model's fields as {@code name=value} separated by spaces, nested models as
 * {@code Type(name=value, …)}, lists, dicts, tuples, quoted strings, numbers, None, True and False.
 * Models become JSON objects (the type name is dropped). Anything else gives null: the text is
 * then not a ChatCompletion (the logger writes an API error that way).
 */
final class PythonRepr {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 100;

    private final String text;
    private int pos;

    private PythonRepr(String text) {
        this.text = text;
    }

    /** The fields of a top-level {@code name=value name=value} text, or null when it is not one. */
    static ObjectNode fields(String text) {
        PythonRepr reader = new PythonRepr(text);
        try {
            ObjectNode out = NODES.objectNode();
            reader.skipSpace();
            while (reader.pos < text.length()) {
                String name = reader.identifier();
                reader.expect('=');
                out.set(name, reader.value(0));
                reader.skipSpace();
            }
            return out.isEmpty() ? null : out;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private JsonNode value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        skipSpace();
        char c = peek();
        if (c == '\'' || c == '"') {
            return NODES.textNode(string());
        }
        if (c == '[' || c == '(') {
            pos++;
            ArrayNode list = NODES.arrayNode();
            char close = c == '[' ? ']' : ')';
            while (!closing(close)) {
                list.add(value(depth + 1));
                separator(close);
            }
            return list;
        }
        if (c == '{') {
            pos++;
            ObjectNode dict = NODES.objectNode();
            while (!closing('}')) {
                JsonNode key = value(depth + 1);
                expect(':');
                dict.set(key.asText(), value(depth + 1));
                separator('}');
            }
            return dict;
        }
        if (c == '<') {
            // An object without a literal repr (<bound method …>): kept as its text.
            int start = pos;
            int nesting = 0;
            do {
                char d = peek();
                nesting += d == '<' ? 1 : d == '>' ? -1 : 0;
                pos++;
            } while (nesting > 0);
            return NODES.textNode(text.substring(start, pos));
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            try {
                BigDecimal number = new BigDecimal(text.substring(start, pos));
                return number.scale() <= 0 && text.substring(start, pos).matches("-?\\d+")
                        ? NODES.numberNode(number.toBigInteger()) : NODES.numberNode(number);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number", e);
            }
        }
        String name = identifier();
        switch (name) {
            case "None" -> {
                return NODES.nullNode();
            }
            case "True" -> {
                return NODES.booleanNode(true);
            }
            case "False" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                expect('(');
                ObjectNode model = NODES.objectNode();
                while (!closing(')')) {
                    String field = identifier();
                    expect('=');
                    model.set(field, value(depth + 1));
                    separator(')');
                }
                return model;
            }
        }
    }

    /** True (and consumed) when the next character closes the container. */
    private boolean closing(char close) {
        skipSpace();
        if (peek() == close) {
            pos++;
            return true;
        }
        return false;
    }

    private void separator(char close) {
        skipSpace();
        if (peek() == ',') {
            pos++;
        } else if (peek() != close) {
            throw new IllegalArgumentException("expected , or " + close);
        }
    }

    private String string() {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.append(hex(2));
                case 'u' -> out.append(hex(4));
                case 'U' -> out.appendCodePoint(Integer.parseInt(text.substring(pos, pos += 8), 16));
                default -> out.append(e);
            }
        }
    }

    private char hex(int digits) {
        try {
            return (char) Integer.parseInt(text.substring(pos, pos += digits), 16);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad escape", e);
        }
    }

    private String identifier() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a name at " + pos);
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + pos);
        }
        pos++;
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
