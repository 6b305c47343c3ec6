package dev.coroner.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream read on a thread of its own gives the reader what the source gives, errors included. */
class ReadAheadTest {

    @Test
    void theSameBytesInTheSameOrderWhateverTheSizesOfReads() throws IOException {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, ReadAhead.CHUNK - 1, ReadAhead.CHUNK, ReadAhead.CHUNK + 1,
                3 * ReadAhead.CHUNK * ReadAhead.AHEAD + 7}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReadAhead ahead = new ReadAhead(new ByteArrayInputStream(data), "test-read-ahead")) {
                byte[] buffer = new byte[8192];
                int n;
                while (true) {
                    if (random.nextInt(10) == 0) {
                        int b = ahead.read();
                        if (b < 0) {
                            break;
                        }
                        out.write(b);
                        continue;
                    }
                    n = ahead.read(buffer, 0, 1 + random.nextInt(buffer.length));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
                assertEquals(-1, ahead.read(), "the end stays the end");
            }
            assertArrayEquals(data, out.toByteArray(), "size " + size);
        }
    }

    @Test
    void theSourcesErrorComesWhereItsBytesEndAsTheSameException() throws IOException {
        ZipException corrupt = new ZipException("invalid block type");
        InputStream source = new FilterInputStream(new ByteArrayInputStream(new byte[ReadAhead.CHUNK + 100])) {
            private int given;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (given == ReadAhead.CHUNK + 100) {
                    throw corrupt;
                }
                int n = super.read(b, off, len);
                given += Math.max(0, n);
                return n;
            }
        };
        try (ReadAhead ahead = new ReadAhead(source, "test-read-ahead")) {
            assertEquals(ReadAhead.CHUNK + 100, ahead.readNBytes(ReadAhead.CHUNK + 100).length);
            assertSame(corrupt, assertThrows(ZipException.class, ahead::read));
            assertSame(corrupt, assertThrows(ZipException.class, ahead::read), "and again on the next read");
        }
    }

    @Test
    void anErrorIsHandedOnToo() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        InputStream source = new InputStream() {
            @Override
            public int read() {
                throw full;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw full;
            }
        };
        ReadAhead ahead = new ReadAhead(source, "test-read-ahead");
        assertSame(full, assertThrows(OutOfMemoryError.class, ahead::read));
        ahead.stop();
    }

    @Test
    void stopLetsGoOfTheSourceAndLeavesItOpenCloseClosesIt() throws IOException {
        byte[] data = new byte[20 * ReadAhead.CHUNK];
        new Random(3).nextBytes(data);
        boolean[] closed = new boolean[1];
        InputStream source = new FilterInputStream(new ByteArrayInputStream(data)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        ReadAhead ahead = new ReadAhead(source, "test-read-ahead");
        byte[] first = ahead.readNBytes(10);
        assertArrayEquals(java.util.Arrays.copyOf(data, 10), first);
        ahead.stop();
        assertFalse(closed[0], "stop leaves the source open");
        assertEquals(-1, ahead.read(), "a stopped stream has ended");
        // The helper took whole chunks, at most the queue's and one in hand; the rest is the caller's.
        int rest = source.readAllBytes().length;
        assertEquals(0, (data.length - rest) % ReadAhead.CHUNK);
        assertTrue(data.length - rest <= (ReadAhead.AHEAD + 2) * ReadAhead.CHUNK, "read ahead: " + (data.length - rest));
        ahead.close();
        assertTrue(closed[0], "close closes the source");
    }
}
