package dev.coroner.ingest;

import java.io.IOException;

/**
 * Reads one trace format into sessions. An importer streams its input and never holds the whole
 * file as one tree; a record it cannot read becomes a {@link ImportContext#problem problem}, and
 * it goes on with the next one. Its kind says how the loader hands it an input: a
 * {@link StreamImporter} reads the stream, a {@link FileImporter} opens a local file, a
 * {@link DatabaseImporter} connects to the URL it recognises (an importer may be a file and a
 * database importer both, as Redis is: a {@code dump.rdb} or a live server).
 */
public sealed interface TraceImporter permits StreamImporter, FileImporter, DatabaseImporter {

    /** The format name used by {@code --from} and shown in reports, e.g. {@code coroner-jsonl}. */
    String name();

    /** One line for {@code coroner formats} and error messages. */
    String description();

    /**
     * What the format can and cannot show, for {@code coroner formats}. A default so that an
     * importer can land before its description does.
     */
    default FormatCapabilities capabilities() {
        return new FormatCapabilities("not described", java.util.List.of(), java.util.List.of());
    }

    /** True when the first bytes of an input (decompressed, at most {@link Head#LIMIT}) look like this format. */
    boolean recognises(Head head);

    /** Reads the whole input. I/O errors end this input only. */
    void read(TraceInput input, ImportContext context) throws IOException;
}
