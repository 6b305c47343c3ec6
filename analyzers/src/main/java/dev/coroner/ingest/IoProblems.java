package dev.coroner.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * An I/O failure said in a few words, for the one-line messages of the contract ("cannot read
 * FILE: permission denied"): the one describer of an {@link IOException} used by the importers,
 * the filter files and the commands, so a missing file reads the same everywhere.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /**
     * The failure in a few words: {@code missing} for a path that does not exist ("no such file" when
     * reading it, "no such directory" when writing into it), "permission denied", else the reason the
     * file system gives, else the exception's message.
     */
    public static String describe(IOException e, String missing) {
        if (e instanceof NoSuchFileException) {
            return missing;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
