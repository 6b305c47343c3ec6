package dev.coroner.ingest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input opened for an importer: already decompressed, positioned at its first byte.
 *
 * @param name   the input as displayed in locations
 * @param stream the content
 * @param file   for an importer that {@link FileImporter}: a local file with
 *               the same content (the input itself, or a temporary copy of standard input or of
 *               decompressed data); null otherwise
 * @param url    for a database input: the URL the user gave (with any password); null otherwise
 */
public record TraceInput(String name, InputStream stream, Path file, String url) {

    /** A stream input. */
    public TraceInput(String name, InputStream stream) {
        this(name, stream, null, null);
    }

    /** The content as UTF-8 text (malformed bytes replaced, never an exception). */
    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The local file to open, when the importer reads files. */
    public Optional<Path> localFile() {
        return Optional.ofNullable(file);
    }

    /** The database URL, when the input is a database. */
    public Optional<String> databaseUrl() {
        return Optional.ofNullable(url);
    }
}
