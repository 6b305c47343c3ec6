package dev.coroner.ingest;

import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import java.nio.file.Path;

/** What an importer reports into while it streams one input. */
public interface ImportContext {

    /** The builder of the session with this id, created on first use (sessions may span inputs). */
    SessionBuilder session(String id, SourceRef firstSeen);

    /**
     * Says that this input adds nothing more to the session: the loader may build and store it now,
     * rather than at the end of the last input, and free what made it. The importer does not touch the
     * builder again; if the session is named again (by a later input), {@link #session} continues it.
     */
    default void completed(SessionBuilder session) {
    }

    /**
     * Bytes of parsed spans an importer may hold while it reads one input; the rest it writes to a
     * spill file ({@link SpanPartitions}). Unbounded unless the loader says otherwise.
     */
    default long spanBudget() {
        return Long.MAX_VALUE;
    }

    /** Where a spill file's directory is made (beside the report); null for {@code java.io.tmpdir}. */
    default Path spillParent() {
        return null;
    }

    /** Records a part of the input that could not be read; the importer carries on. */
    void problem(SourceRef at, String message);

    /**
     * Notes a part of an input that is not evidence coroner reads (keys of a store that match no
     * layout); listed in the report beside skipped files, not a problem.
     */
    default void skipped(String note) {
    }
}
