package dev.coroner.ingest;

import java.io.IOException;

/**
 * Reads one trace format into sessions. An importer streams its input and never holds the whole
 * file as one tree; a record it cannot read becomes a {@link ImportContext#problem problem}, and
 * it goes on with the next one.
 */
public interface TraceImporter {

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

    /**
     * True when the importer opens a local file by path (a SQLite database) instead of reading the
     * stream; the loader then hands it {@link TraceInput#file()}, spooling standard input and
     * decompressed data to a temporary file first.
     */
    default boolean readsFile() {
        return false;
    }

    /**
     * True when this importer reads the database at this URL (given as an input or with
     * {@code --db}). Databases are recognised by their URL, never by sniffing bytes.
     */
    default boolean recognisesUrl(String url) {
        return false;
    }
}
