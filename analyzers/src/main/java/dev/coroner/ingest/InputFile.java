package dev.coroner.ingest;

import java.nio.file.Path;

/**
 * An input to read: a file, standard input, or a database URL.
 *
 * @param display  how the input is named in reports and messages (a URL with its password masked)
 * @param path     the file, or null for standard input and databases
 * @param explicit true when the user named it; false when it was found by walking a directory
 * @param url      the database URL as given, or null for files and standard input
 */
public record InputFile(String display, Path path, boolean explicit, String url) {

    public static final String STDIN = "<stdin>";

    /** A file or standard input. */
    public InputFile(String display, Path path, boolean explicit) {
        this(display, path, explicit, null);
    }

    /** A database given by URL. */
    public static InputFile database(String url) {
        return new InputFile(DatabaseUrls.redact(url), null, true, url);
    }

    public boolean isStdin() {
        return path == null && url == null;
    }

    public boolean isDatabase() {
        return url != null;
    }
}
