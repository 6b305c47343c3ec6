package dev.coroner.ingest;

import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;

/** What an importer reports into while it streams one input. */
public interface ImportContext {

    /** The builder of the session with this id, created on first use (sessions may span inputs). */
    SessionBuilder session(String id, SourceRef firstSeen);

    /** Records a part of the input that could not be read; the importer carries on. */
    void problem(SourceRef at, String message);
}
