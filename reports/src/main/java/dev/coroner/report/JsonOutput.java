package dev.coroner.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON generator shared by the JSON and SARIF reports: two-space indentation, {@code \n} line
 * ends, Unicode bidirectional controls and the noncharacters U+FFFE / U+FFFF written as
 * {@code \u202E}-style escapes, and unpaired surrogates replaced by U+FFFD. JSON escaping already
 * covers control characters; the extra escapes keep a report that is opened in an editor or a
 * terminal from displaying reordered text while a JSON parser still reads the original, and an
 * unpaired surrogate (legal in a Java string, impossible in UTF-8) would otherwise fail the write.
 * Closing the generator flushes the writer it was given but leaves it open.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator g = FACTORY.createGenerator(out);
        // The caller owns the writer (stdout, a report file): closing the generator flushes it, never closes it.
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(pretty);
        g.setCharacterEscapes(new BidiEscapes());
        return new WellFormed(g);
    }

    /** Replaces unpaired surrogates in every string written. */
    private static final class WellFormed extends JsonGeneratorDelegate {
        WellFormed(JsonGenerator delegate) {
            super(delegate, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(text == null ? null : TerminalText.wellFormed(text));
        }

        @Override
        public void writeStringField(String field, String value) throws IOException {
            writeFieldName(field);
            writeString(value);
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            super.writeFieldName(TerminalText.wellFormed(name));
        }
    }

    /** Standard JSON escapes, plus bidi controls as {@code \\uXXXX}. */
    private static final class BidiEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (TerminalText.isBidiControl((char) ch) || ch == 0xfffe || ch == 0xffff) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
