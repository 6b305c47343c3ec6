package dev.coroner.report.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.diff.StateDiff;
import dev.coroner.finding.Excerpts;
import dev.coroner.report.TerminalText;
import dev.coroner.report.Words;
import java.io.IOException;
import java.io.Writer;

/**
 * A state diff for the terminal: the two sides, then one line per change ({@code -} removed,
 * {@code +} added, {@code ~} changed, {@code !} type changed) with the values cut like evidence,
 * and for long strings the character-level edits inline as {@code [-deleted-]{+inserted+}}.
 * Trace content passes through {@link TerminalText#sanitize}.
 */
public final class TextDiffReporter implements DiffReporter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(StateDiff diff, Writer out) throws IOException {
        out.write("--- " + side(diff.a()) + "\n");
        out.write("+++ " + side(diff.b()) + "\n");
        for (StateDiff.Change change : diff.changes()) {
            switch (change.kind()) {
                case REMOVED -> out.write("- " + change.path().jsonPath() + ": " + value(change.before()) + "\n");
                case ADDED -> out.write("+ " + change.path().jsonPath() + ": " + value(change.after()) + "\n");
                case TYPE_CHANGED -> {
                    out.write("! " + change.path().jsonPath() + ": type " + change.beforeType() + " → " + change.afterType() + "\n");
                    out.write("    was " + value(change.before()) + "\n");
                    out.write("    now " + value(change.after()) + "\n");
                }
                case CHANGED -> {
                    if (change.text().isEmpty()) {
                        out.write("~ " + change.path().jsonPath() + ": " + value(change.before()) + " → " + value(change.after()) + "\n");
                    } else {
                        out.write("~ " + change.path().jsonPath() + ":\n");
                        for (String line : inline(change).split("\n", -1)) {
                            out.write("    " + line + "\n");
                        }
                    }
                }
                default -> throw new IllegalStateException(change.kind().toString());
            }
        }
        out.write(summary(diff) + "\n");
        out.flush();
    }

    private static String side(StateDiff.Side side) {
        String where = side.source().toString();
        return TerminalText.sanitize(where.equals(side.label()) ? where : side.label() + " (" + where + ")");
    }

    private static String value(JsonNode node) {
        return TerminalText.sanitize(Excerpts.cut(node.toString()));
    }

    private static String inline(StateDiff.Change change) {
        StringBuilder text = new StringBuilder();
        for (StateDiff.TextEdit edit : change.text()) {
            String part = TerminalText.sanitize(edit.text());
            switch (edit.op()) {
                case EQUAL -> text.append(part);
                case DELETE -> text.append("[-").append(part).append("-]");
                case INSERT -> text.append("{+").append(part).append("+}");
                default -> throw new IllegalStateException(edit.op().toString());
            }
        }
        return text.toString();
    }

    static String summary(StateDiff diff) {
        if (diff.changes().isEmpty()) {
            return "no differences";
        }
        return Words.plural(diff.changes().size(), "change") + ": "
                + diff.count(StateDiff.Kind.REMOVED) + " removed, " + diff.count(StateDiff.Kind.ADDED) + " added, "
                + diff.count(StateDiff.Kind.TYPE_CHANGED) + " type changed, " + diff.count(StateDiff.Kind.CHANGED)
                + " changed";
    }
}
