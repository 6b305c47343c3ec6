package dev.coroner.ingest;

import dev.coroner.ingest.spill.SessionCodec;
import dev.coroner.ingest.spill.SpillDirectory;
import dev.coroner.ingest.spill.SpillFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The parsed spans of one input, by trace, as {@link SpanAssembly#bySession} groups them into sessions.
 * Every span has a small head (span and parent id, start, the values of the session-key attributes, its
 * place in the input; see {@link Head}) and a body, the span itself.
 *
 * <p>While the bodies held stay within the budget, everything is held: the heads by trace, the traces
 * in the order they first appear, each head with its body. Past the budget a body is written to a spill
 * file (Smile, {@code spans.smile} in a {@code coroner-spill-…} directory beside the report, else in
 * {@code java.io.tmpdir}), and from the first span so written the input is <em>shuffled</em>, as a
 * distributed engine would: every head (those held so far, then each one as it is read) goes to one of
 * {@link #PARTITIONS} trace partition files by a hash of its trace id, with where its body is; bodies
 * still within the budget stay held. Assembly then reads the trace partitions one at a time, finds each
 * trace's session key from its heads and writes the trace's heads to a session partition file by a hash
 * of that key ({@link #routeBySession}); then it reads the session partitions one at a time
 * ({@link #sessionPartition}), so that the traces of a session meet, and reads a session's bodies back
 * only while that session is made. Memory is then bounded by the largest partition, not by the input.
 * {@link #close} deletes the files.
 *
 * @param <T> the format's span record
 */
public final class SpanPartitions<T> implements AutoCloseable {

    /** Partitions of a shuffled input: a few thousand heads each for a file of millions of spans. */
    static final int PARTITIONS = 64;

    private final SpanAssembly<T> assembly;
    private final SpanCodec<T> codec;
    private final long budget;
    private final int partitions;
    private final SpillFile file;
    private final SpillDirectory shuffle;
    private final Map<String, List<Head<T>>> traces = new LinkedHashMap<>();
    /** Once shuffled, the bodies still held, by their place in the input; null while nothing is shuffled. */
    private Map<Long, T> held;
    private long heldBytes;
    private int spilled;
    private long next;

    SpanPartitions(SpanAssembly<T> assembly, SpanCodec<T> codec, long budget, Path spillParent, int partitions) {
        this.assembly = assembly;
        this.codec = codec;
        this.budget = budget;
        this.partitions = partitions;
        this.file = new SpillFile(spillParent, "spans.smile");
        this.shuffle = new SpillDirectory(spillParent);
    }

    /** Adds a span of the trace, in input order: its head, and its body held or spilled. */
    public void add(String traceId, T span) {
        Head<T> head = assembly.head(span, next++);
        long size = budget == Long.MAX_VALUE ? 0 : codec.estimate(span);
        boolean written = heldBytes + size > budget && spill(head, span);
        if (written) {
            spilled++;
        } else {
            head.held = span;
            heldBytes += size;
        }
        if (written && held == null) {
            shuffle();
        }
        if (held != null) {
            write(traceId, head);
            return;
        }
        List<Head<T>> trace = traces.computeIfAbsent(traceId, k -> new ArrayList<>());
        append(trace, head);
    }

    /** Adds a head to its run; the same key values as the head before share its array. */
    private static <T> void append(List<Head<T>> run, Head<T> head) {
        if (!run.isEmpty() && head.keys != null && Arrays.equals(run.get(run.size() - 1).keys, head.keys)) {
            head.keys = run.get(run.size() - 1).keys;
        }
        run.add(head);
    }

    /** Spans written to the spill file so far. */
    public int spilled() {
        return spilled;
    }

    /** True once the heads went to partition files (a body was spilled); then {@link #traces} is empty. */
    boolean shuffled() {
        return held != null;
    }

    /** The heads by trace id, both in input order, while nothing is shuffled; emptied by assembly. */
    Map<String, List<Head<T>>> traces() {
        return traces;
    }

    /** The number of session partitions {@link #sessionPartition} reads. */
    int partitions() {
        return partitions;
    }

    /** Writes the heads held so far to the trace partitions, trace by trace, each in input order. */
    private void shuffle() {
        held = new HashMap<>();
        for (Map.Entry<String, List<Head<T>>> trace : traces.entrySet()) {
            for (Head<T> head : trace.getValue()) {
                write(trace.getKey(), head);
            }
        }
        traces.clear();
    }

    private void write(String traceId, Head<T> head) {
        if (head.held != null) {
            held.put(head.seq, head.held);
            head.held = null;
            head.length = -1;
        }
        try {
            DataOutputStream out = shuffle.out("traces-" + partition(traceId));
            out.writeByte(1);
            writeText(out, traceId);
            head.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill spans to " + shuffle.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The second step of the shuffle: reads each trace partition (and deletes it), finds each trace's
     * session key from its heads, and writes the trace to the session partition of that key's id.
     */
    void routeBySession(BiFunction<String, List<Head<T>>, SessionKey> sessionKey) {
        try {
            for (int p = 0; p < partitions; p++) {
                Map<String, List<Head<T>>> read = new LinkedHashMap<>();
                try (DataInputStream in = shuffle.in("traces-" + p)) {
                    if (in == null) {
                        continue;
                    }
                    while (in.read() == 1) {
                        String traceId = readText(in);
                        List<Head<T>> trace = read.computeIfAbsent(traceId, k -> new ArrayList<>());
                        append(trace, Head.read(in));
                    }
                }
                shuffle.delete("traces-" + p);
                for (Map.Entry<String, List<Head<T>>> trace : read.entrySet()) {
                    SessionKey key = sessionKey.apply(trace.getKey(), trace.getValue());
                    DataOutputStream out = shuffle.out("sessions-" + partition(key.id()));
                    out.writeByte(1);
                    writeText(out, key.id());
                    writeText(out, key.field());
                    out.writeBoolean(key.fallback());
                    out.writeInt(trace.getValue().size());
                    for (Head<T> head : trace.getValue()) {
                        head.write(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill spans to " + shuffle.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The traces of session partition {@code p} (deleted once read), each with its session key and its
     * heads in input order, the traces in the order they first appear in the input; every trace of a
     * session is in the same partition.
     */
    List<Trace<T>> sessionPartition(int p) {
        List<Trace<T>> read = new ArrayList<>();
        try {
            try (DataInputStream in = shuffle.in("sessions-" + p)) {
                if (in == null) {
                    return read;
                }
                while (in.read() == 1) {
                    SessionKey key = new SessionKey(readText(in), readText(in), in.readBoolean(), null);
                    int count = in.readInt();
                    List<Head<T>> heads = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        append(heads, Head.read(in));
                    }
                    read.add(new Trace<>(key, heads));
                }
            }
            shuffle.delete("sessions-" + p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spilled spans back from " + shuffle.describe(), e);
        }
        read.sort(Comparator.comparingLong(trace -> trace.heads().get(0).seq));
        return read;
    }

    /** A trace of a session partition: its session's key and its heads in input order. */
    record Trace<T>(SessionKey key, List<Head<T>> heads) {
    }

    private int partition(String key) {
        return partition(key, partitions);
    }

    /** The partition of a trace id or session id among {@code partitions}. */
    static int partition(String key, int partitions) {
        int hash = key.hashCode();
        return Math.floorMod(hash ^ (hash >>> 16), partitions);
    }

    /** The span of a head, held or read back; the head lets it go. */
    T take(Head<T> head) {
        T span = head.held;
        if (span != null) {
            head.held = null;
            return span;
        }
        if (head.length < 0) {
            return held.remove(head.seq);
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

    /** Deletes the spill file and the partition files. */
    @Override
    public void close() {
        try {
            file.close();
        } finally {
            shuffle.close();
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
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
        /** The span's place in its input: 0 for the first span read. */
        final long seq;
        /** The values of the assembly's session-key attributes, in its order; null when it has none. */
        String[] keys;
        T held;
        long offset;
        /** The bytes of the spilled body; -1 when a shuffled input holds it ({@link #take}). */
        int length;

        Head(String id, String parent, long start, String[] keys) {
            this(id, parent, start, keys, 0);
        }

        Head(String id, String parent, long start, String[] keys, long seq) {
            boolean idPacked = isHex16(id);
            boolean parentPacked = isHex16(parent);
            this.idBits = idPacked ? Long.parseUnsignedLong(id, 16) : 0;
            this.idText = idPacked ? null : id;
            this.parentBits = parentPacked ? Long.parseUnsignedLong(parent, 16) : 0;
            this.parentText = parentPacked ? null : parent;
            this.packed = (byte) ((idPacked ? 1 : 0) | (parentPacked ? 2 : 0));
            this.start = start;
            this.keys = keys;
            this.seq = seq;
        }

        private Head(long idBits, String idText, long parentBits, String parentText, byte packed, long start,
                     long seq, String[] keys, long offset, int length) {
            this.idBits = idBits;
            this.idText = idText;
            this.parentBits = parentBits;
            this.parentText = parentText;
            this.packed = packed;
            this.start = start;
            this.seq = seq;
            this.keys = keys;
            this.offset = offset;
            this.length = length;
        }

        /** Writes what {@link #read} reads back: everything but a held body. */
        void write(DataOutputStream out) throws IOException {
            out.writeLong(seq);
            out.writeByte(packed);
            if ((packed & 1) != 0) {
                out.writeLong(idBits);
            } else {
                writeText(out, idText);
            }
            if ((packed & 2) != 0) {
                out.writeLong(parentBits);
            } else {
                writeText(out, parentText);
            }
            out.writeLong(start);
            out.writeInt(keys == null ? -1 : keys.length);
            if (keys != null) {
                for (String key : keys) {
                    writeText(out, key);
                }
            }
            out.writeLong(offset);
            out.writeInt(length);
        }

        static <T> Head<T> read(DataInputStream in) throws IOException {
            long seq = in.readLong();
            byte packed = in.readByte();
            long idBits = (packed & 1) != 0 ? in.readLong() : 0;
            String idText = (packed & 1) != 0 ? null : readText(in);
            long parentBits = (packed & 2) != 0 ? in.readLong() : 0;
            String parentText = (packed & 2) != 0 ? null : readText(in);
            long start = in.readLong();
            int count = in.readInt();
            String[] keys = count < 0 ? null : new String[count];
            for (int i = 0; i < count; i++) {
                keys[i] = readText(in);
            }
            return new Head<>(idBits, idText, parentBits, parentText, packed, start, seq, keys, in.readLong(),
                    in.readInt());
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
