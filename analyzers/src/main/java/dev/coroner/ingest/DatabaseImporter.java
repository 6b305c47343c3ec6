package dev.coroner.ingest;

/**
 * An importer that reads a database given by URL, as an input or with {@code --db}; the loader hands
 * it {@link TraceInput#url()}. Databases are recognised by their URL, never by sniffing bytes: the
 * {@link FormatRegistry} asks each database importer whether an argument is its URL, so a new
 * database format is this one class plus its registration.
 */
public non-sealed interface DatabaseImporter extends TraceImporter {

    /** True when this importer reads the database at this URL. */
    boolean recognisesUrl(String url);

    /** A database is never sniffed; an importer that also reads files recognises their bytes. */
    @Override
    default boolean recognises(Head head) {
        return false;
    }
}
