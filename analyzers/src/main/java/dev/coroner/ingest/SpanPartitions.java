package dev.coroner.ingest;

import dev.coroner.ingest.spill.SessionCodec;
import dev.coroner.ingest.spill.SpillFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed spans of one input, by trace, as {@link SpanAssembly#bySession} groups them into sessions.
 * Every span keeps a small head in memory (span and parent id, start, the values of the session-key
 * attributes, see {@link Head}; its place in the input is its place in its trace's list, the traces in the order they
 * first appear). Its body is held while the bodies held stay within the budget and is written to a
 * spill file (Smile, {@code spans.smile} in a {@code coroner-spill-…} directory beside the report,
 * else in {@code java.io.tmpdir}) once they would not; assembly orders and groups the heads and reads
 * each session's bodies back only while that session is made. The heads are what a shuffle keyed by
 * session needs: a trace's session key comes from its heads alone. {@link #close} deletes the file.
 *
 * @param <T> the format's span record
 */
public final class SpanPartitions<T> implements AutoCloseable {

    private final SpanAssembly<T> assembly;
    private final SpanCodec<T> codec;
    private final long budget;
    private final SpillFile file;
    private final Map<String, List<Head<T>>> traces = new LinkedHashMap<>();
    private long heldBytes;
    private int spilled;

    SpanPartitions(SpanAssembly<T> assembly, SpanCodec<T> codec, long budget, Path spillParent) {
        this.assembly = assembly;
        this.codec = codec;
        this.budget = budget;
        this.file = new SpillFile(spillParent, "spans.smile");
    }

    /** Adds a span of the trace, in input order: its head, and its body held or spilled. */
    public void add(String traceId, T span) {
        Head<T> head = assembly.head(span);
        long size = budget == Long.MAX_VALUE ? 0 : codec.estimate(span);
        if (heldBytes + size > budget && spill(head, span)) {
            spilled++;
        } else {
            head.held = span;
            heldBytes += size;
        }
        List<Head<T>> trace = traces.computeIfAbsent(traceId, k -> new ArrayList<>());
        if (!trace.isEmpty() && head.keys != null && Arrays.equals(trace.get(trace.size() - 1).keys, head.keys)) {
            head.keys = trace.get(trace.size() - 1).keys; // the same values: one array for the trace's run of them
        }
        trace.add(head);
    }

    /** Spans written to the spill file so far. */
    public int spilled() {
        return spilled;
    }

    /** The heads by trace id, both in input order; emptied by assembly. */
    Map<String, List<Head<T>>> traces() {
        return traces;
    }

    /** The span of a head, held or read back; the head lets it go. */
    T take(Head<T> head) {
        T span = head.held;
        if (span != null) {
            head.held = null;
            return span;
        }
        try {
            return SessionCodec.decode(file.read(head.offset, head.length), codec::read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a spilled span back from " + file.describe(), e);
        }
    }

    private boolean spill(Head<T> head, T span) {
        byte[] bytes;
        try {
            bytes = SessionCodec.encode(span, codec::write);
        } catch (IOException | IllegalArgumentException e) {
            return false; // a value Smile cannot carry: the span stays held
        }
        try {
            head.offset = file.append(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill spans to " + file.describe() + ": " + e.getMessage(), e);
        }
        head.length = bytes.length;
        return true;
    }

    /** Deletes the spill file. */
    @Override
    public void close() {
        file.close();
    }

    /**
     * What stays in memory of a span: enough to group it into a session and put it in order. A span or
     * parent id written as 16 lower-case hex digits (an OTLP span id) is kept as the 8 bytes it is, and
     * a span whose session-key values equal those of the span before it in its trace shares that
     * span's array: a few dozen bytes a span, where strings cost hundreds.
     *
     * @param <T> the format's span record
     */
    static final class Head<T> {
        private final long idBits;
        /** The id as written, when it is not 16 lower-case hex digits (then {@link #idBits} holds it). */
        private final String idText;
        private final long parentBits;
        private final String parentText;
        /** Which of the two ids {@code idBits} and {@code parentBits} hold: bit 0 the id, bit 1 the parent. */
        private final byte packed;
        final long start;
        /** The values of the assembly's session-key attributes, in its order; null when it has none. */
        String[] keys;
        T held;
        long offset;
        int length;

        Head(String id, String parent, long start, String[] keys) {
            boolean idPacked = isHex16(id);
            boolean parentPacked = isHex16(parent);
            this.idBits = idPacked ? Long.parseUnsignedLong(id, 16) : 0;
            this.idText = idPacked ? null : id;
            this.parentBits = parentPacked ? Long.parseUnsignedLong(parent, 16) : 0;
            this.parentText = parentPacked ? null : parent;
            this.packed = (byte) ((idPacked ? 1 : 0) | (parentPacked ? 2 : 0));
            this.start = start;
            this.keys = keys;
        }

        /** The span's id, as it was written. */
        String id() {
            return (packed & 1) != 0 ? hex16(idBits) : idText;
        }

        /** The parent span's id, as it was written (null or empty when the span has none). */
        String parent() {
            return (packed & 2) != 0 ? hex16(parentBits) : parentText;
        }

        private static boolean isHex16(String value) {
            if (value == null || value.length() != 16) {
                return false;
            }
            for (int i = 0; i < 16; i++) {
                char c = value.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        private static String hex16(long bits) {
            char[] out = new char[16];
            for (int i = 15; i >= 0; i--) {
                out[i] = Character.forDigit((int) (bits & 0xf), 16);
                bits >>>= 4;
            }
            return new String(out);
        }
    }
}
