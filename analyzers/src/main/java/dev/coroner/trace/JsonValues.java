package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Small structural helpers over Jackson trees, shared by importers and checks. */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * A canonical string for a JSON value: object keys sorted, no whitespace. Two trees that
     * differ only in key order give the same string; used for content hashes.
     */
    public static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        appendCanonical(node, out);
        return out.toString();
    }

    private static void appendCanonical(JsonNode node, StringBuilder out) {
        if (node == null || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(names.get(i))).append(':');
                appendCanonical(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendCanonical(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    /**
     * The last key of a path into a tree as the analysis writes them ("items[2].price", "lat"): the part
     * after the last '.', without a trailing list index.
     */
    public static String lastKey(String path) {
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    }

    /**
     * All string leaves of a tree, depth first, with object keys in document order. For a text
     * node this is its text; numbers are included in their JSON spelling.
     */
    public static List<String> leaves(JsonNode node) {
        List<String> out = new ArrayList<>();
        collectLeaves(node, out);
        return out;
    }

    private static void collectLeaves(JsonNode node, List<String> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isContainerNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                collectLeaves(it.next().getValue(), out);
            }
            if (node.isArray()) {
                node.forEach(child -> collectLeaves(child, out));
            }
        } else {
            out.add(node.asText());
        }
    }

    /**
     * Tool arguments as a tree: a text node that holds JSON (arguments recorded as the raw string the
     * model wrote) is read as JSON; anything else is returned as it is.
     */
    public static JsonNode parsedIfText(JsonNode arguments) {
        if (arguments != null && arguments.isTextual()) {
            JsonNode tree = TraceJson.tryParse(arguments.asText());
            return tree != null ? tree : arguments;
        }
        return arguments;
    }

    /** The leaves of a tree joined by newlines: the text a value shows to a model. */
    public static String text(JsonNode node) {
        return String.join("\n", leaves(node));
    }
}
