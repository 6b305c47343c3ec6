package dev.coroner.report.diff;

import dev.coroner.diff.StateDiff;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes a {@link StateDiff} in one format ({@code coroner diff --format}). One class per format. */
public interface DiffReporter {

    /** Every diff format. */
    List<DiffReporter> ALL = List.of(new TextDiffReporter(), new JsonDiffReporter());

    /** The {@code --format} name. */
    String format();

    void write(StateDiff diff, Writer out) throws IOException;

    static Optional<DiffReporter> byFormat(String format) {
        return ALL.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    static String formats() {
        return ALL.stream().map(DiffReporter::format).collect(Collectors.joining(", "));
    }
}
