package dev.coroner.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * How a span format's spans are written to a span spill file and read back ({@link SpanPartitions}),
 * exactly: a span read back maps to the same steps as the one written.
 *
 * @param <T> the format's span record
 */
public interface SpanCodec<T> {

    /** Writes the span as one Smile record (through {@code dev.coroner.ingest.spill.SessionCodec}'s helpers). */
    void write(JsonGenerator out, T span) throws IOException;

    /** The span {@link #write} wrote; the parser is on its first token. */
    T read(JsonParser in) throws IOException;

    /** The span's size in memory, estimated the way {@code SessionSize} estimates a session. */
    long estimate(T span);
}
