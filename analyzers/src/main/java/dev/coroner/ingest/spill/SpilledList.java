package dev.coroner.ingest.spill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.ToLongFunction;

/**
 * An immutable list written once, in order: an element is held in memory while its {@link Spill}'s
 * allowance lasts and is otherwise written to a spill file as Smile (through {@link SessionCodec}'s
 * settings), then read back on each {@link #get}; a spilled element read twice is two equal objects.
 * What stays in memory for a spilled element is its offset and length.
 */
public final class SpilledList<T> extends AbstractList<T> implements RandomAccess {

    /** How one element is written and read back; the reader's parser is on the element's first token. */
    public interface Codec<T> extends SessionCodec.RecordWriter<T>, SessionCodec.RecordReader<T> {
    }

    private final Object[] held;
    private final long[] offsets;
    private final int[] lengths;
    private final SpillFile file;
    private final Codec<T> codec;
    private final Spill spill;
    private final int spilled;

    private SpilledList(Writer<T> writer) {
        this.held = writer.held.toArray();
        this.offsets = Arrays.copyOf(writer.offsets, held.length);
        this.lengths = Arrays.copyOf(writer.lengths, held.length);
        this.file = writer.file;
        this.codec = writer.codec;
        this.spill = writer.spill;
        this.spilled = writer.spilled;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, held.length);
        Object element = held[index];
        if (element != null) {
            return (T) element;
        }
        try {
            return SessionCodec.decode(file.read(offsets[index], lengths[index]), codec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a spilled result back from " + file.describe(), e);
        }
    }

    @Override
    public int size() {
        return held.length;
    }

    /** Elements written to the spill file. */
    public int spilled() {
        return spilled;
    }

    /** The scope the list was written in, for lists made from it. */
    public Spill spill() {
        return spill;
    }

    /** The scope of a list that may be a spilled one; an unbounded scope for any other list. */
    public static Spill spillOf(List<?> list) {
        return list instanceof SpilledList<?> spilledList ? spilledList.spill : Spill.unbounded();
    }

    /** Collects the elements of one list, in order. */
    public static final class Writer<T> {
        private final Spill spill;
        private final String name;
        private final Codec<T> codec;
        private final ToLongFunction<T> size;
        private final List<Object> held = new ArrayList<>();
        private long[] offsets = new long[16];
        private int[] lengths = new int[16];
        private SpillFile file;
        private int spilled;

        Writer(Spill spill, String name, Codec<T> codec, ToLongFunction<T> size) {
            this.spill = spill;
            this.name = name;
            this.codec = codec;
            this.size = size;
        }

        public void add(T element) {
            Objects.requireNonNull(element);
            int index = held.size();
            if (index == offsets.length) {
                offsets = Arrays.copyOf(offsets, index * 2);
                lengths = Arrays.copyOf(lengths, index * 2);
            }
            if (spill.isUnbounded() || spill.hold(size.applyAsLong(element))) {
                held.add(element);
                return;
            }
            byte[] bytes;
            try {
                bytes = SessionCodec.encode(element, codec);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot encode a result to spill it", e);
            }
            if (file == null) {
                file = spill.file(name);
            }
            try {
                offsets[index] = file.append(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spill results to " + file.describe() + ": " + e.getMessage(), e);
            }
            lengths[index] = bytes.length;
            held.add(null);
            spilled++;
        }

        public SpilledList<T> finish() {
            return new SpilledList<>(this);
        }
    }
}
