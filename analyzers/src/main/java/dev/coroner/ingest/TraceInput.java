package dev.coroner.ingest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One input opened for an importer: already decompressed, positioned at its first byte.
 *
 * @param name   the input as displayed in locations
 * @param stream the content
 */
public record TraceInput(String name, InputStream stream) {

    /** The content as UTF-8 text (malformed bytes replaced, never an exception). */
    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    }
}
