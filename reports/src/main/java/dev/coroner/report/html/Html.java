package dev.coroner.report.html;

import dev.coroner.report.TerminalText;
import java.util.regex.Pattern;

/**
 * An HTML page being written, where escaping is the default. Text and attribute values go through
 * {@link #text} and {@link #open}: control and bidi characters made visible ({@link TerminalText}),
 * then {@code & < > " '} as entities, so they are safe as text and inside a quoted attribute.
 * Markup goes in only through {@link #raw}, which is for the page's fixed template (its tags, the
 * stylesheet, the policy) and never for trace content. Element and attribute names are checked to
 * be plain names, so no markup enters through them either.
 */
final class Html {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(16_384);

    /** Fixed markup of the page's template, written as it is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text, escaped. */
    Html text(String untrusted) {
        escape(untrusted);
        return this;
    }

    /** A number as text. */
    Html text(long number) {
        out.append(number);
        return this;
    }

    /** A start tag; {@code attributes} are name and value pairs, the values escaped. */
    Html open(String element, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs: " + attributes.length);
        }
        out.append('<').append(name(element));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(name(attributes[i])).append("=\"");
            escape(attributes[i + 1]);
            out.append('"');
        }
        out.append('>');
        return this;
    }

    /** An end tag. */
    Html close(String element) {
        out.append("</").append(name(element)).append('>');
        return this;
    }

    /** An element holding only text, escaped. */
    Html element(String element, String untrusted) {
        return open(element).text(untrusted).close(element);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }

    private void escape(String untrusted) {
        String text = TerminalText.sanitize(untrusted);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
