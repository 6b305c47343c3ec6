package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of fields of an untrusted JSON record, failing with "expected …, found …". */
public final class JsonFields {

    private JsonFields() {
    }

    /** A string field that must be present. */
    public static String requiredText(JsonNode record, String field, String where) throws RecordException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw new RecordException("expected field \"" + field + "\"" + where + " (a string)");
        }
        if (!value.isTextual()) {
            throw RecordException.expected("field \"" + field + "\"" + where + " to be a string", describe(value));
        }
        return value.asText();
    }

    /** A string field that may be absent (empty string then). */
    public static String optionalText(JsonNode record, String field, String where) throws RecordException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw RecordException.expected("field \"" + field + "\"" + where + " to be a string", describe(value));
        }
        return value.asText();
    }

    /** An array field that may be absent (null then). */
    public static JsonNode optionalArray(JsonNode record, String field, String where) throws RecordException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw RecordException.expected("field \"" + field + "\"" + where + " to be an array", describe(value));
        }
        return value;
    }

    /** An object field that may be absent (null then). */
    public static JsonNode optionalObject(JsonNode record, String field, String where) throws RecordException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw RecordException.expected("field \"" + field + "\"" + where + " to be an object", describe(value));
        }
        return value;
    }

    /** How a value is named in messages: its JSON type, and a short text for scalars. */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string " + shorten(value.toString());
            case NUMBER -> "a number " + shorten(value.asText());
            case BOOLEAN -> value.asText();
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
