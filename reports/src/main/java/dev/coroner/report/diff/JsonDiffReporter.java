package dev.coroner.report.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coroner.diff.StateDiff;
import dev.coroner.report.JsonOutput;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.Writer;

/**
 * A state diff as JSON, for scripts:
 * {@code {"tool":"coroner","diff_version":1,"a":{label, location},"b":{…},"summary":{…},"changes":[…]}};
 * each change has {@code kind} (added, removed, type_changed, changed), {@code path} (JSONPath),
 * {@code before} / {@code after} values where they exist, their types, and for long strings
 * {@code text_diff}: a list of {@code {"op": "equal"|"insert"|"delete", "text"}}. Fields are
 * written in a fixed order and values as they were read, through {@link JsonOutput} like every
 * report (lines end in {@code \n} on every platform, bidirectional controls are escaped), so the
 * same inputs give the same bytes.
 */
public final class JsonDiffReporter implements DiffReporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(StateDiff diff, Writer out) throws IOException {
        // The reports' generator: their layout, bidirectional controls escaped, unpaired surrogates
        // replaced (state values are input, and may be hostile).
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("tool", "coroner");
            g.writeNumberField("diff_version", 1);
            side(g, "a", diff.a());
            side(g, "b", diff.b());
            g.writeObjectFieldStart("summary");
            for (StateDiff.Kind kind : StateDiff.Kind.values()) {
                g.writeNumberField(kind.label(), diff.count(kind));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (StateDiff.Change change : diff.changes()) {
                g.writeStartObject();
                g.writeStringField("kind", change.kind().label());
                g.writeStringField("path", change.path().jsonPath());
                if (!change.before().isMissingNode()) {
                    g.writeStringField("before_type", change.beforeType());
                    g.writeFieldName("before");
                    MAPPER.writeTree(g, change.before());
                }
                if (!change.after().isMissingNode()) {
                    g.writeStringField("after_type", change.afterType());
                    g.writeFieldName("after");
                    MAPPER.writeTree(g, change.after());
                }
                if (!change.text().isEmpty()) {
                    g.writeArrayFieldStart("text_diff");
                    for (StateDiff.TextEdit edit : change.text()) {
                        g.writeStartObject();
                        g.writeStringField("op", edit.op().label());
                        g.writeStringField("text", edit.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void side(JsonGenerator g, String name, StateDiff.Side side) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("label", side.label());
        SourceRef at = side.source();
        g.writeObjectFieldStart("location");
        g.writeStringField("file", at.file());
        g.writeNumberField("line", at.line());
        g.writeStringField("locator", at.locator());
        g.writeEndObject();
        g.writeEndObject();
    }
}
