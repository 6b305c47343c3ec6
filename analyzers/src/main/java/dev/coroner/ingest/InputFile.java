package dev.coroner.ingest;

import java.nio.file.Path;

/**
 * An input to read: a file, or standard input.
 *
 * @param display  how the input is named in reports and messages
 * @param path     the file, or null for standard input
 * @param explicit true when the user named it; false when it was found by walking a directory
 */
public record InputFile(String display, Path path, boolean explicit) {

    public static final String STDIN = "<stdin>";

    public boolean isStdin() {
        return path == null;
    }
}
