package dev.coroner.report;

import dev.coroner.analysis.AnalysisResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders an analysis result in one output format. A reporter owns its mapping from the model,
 * escapes for its format, and writes the same bytes for the same result.
 */
public interface Reporter {

    /** The name used by {@code --format}. */
    String format();

    /** The usual file name extension of this format, without the dot (e.g. {@code junit.xml}). */
    default String extension() {
        return format();
    }

    void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException;
}
