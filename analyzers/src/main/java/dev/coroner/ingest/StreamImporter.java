package dev.coroner.ingest;

/** An importer that reads its input as a stream (most formats: JSON, JSON Lines, transcripts). */
public non-sealed interface StreamImporter extends TraceImporter {
}
