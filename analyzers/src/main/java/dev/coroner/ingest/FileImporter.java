package dev.coroner.ingest;

/**
 * An importer that opens a local file by path (a SQLite database, a Redis snapshot) instead of
 * reading the stream: the loader hands it {@link TraceInput#file()}, spooling standard input and
 * decompressed data to a temporary file first.
 */
public non-sealed interface FileImporter extends TraceImporter {
}
