package dev.coroner.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Guards decompression: fails once the output exceeds {@link #MAX_RATIO} times the compressed
 * bytes consumed (past a small allowance), so a crafted archive cannot exhaust memory or disk.
 */
final class BoundedRatioInputStream extends FilterInputStream {

    static final long MAX_RATIO = 200;
    private static final long ALLOWANCE = 1 << 20;

    private final LongSupplier compressedBytes;
    private long produced;

    BoundedRatioInputStream(InputStream decompressed, LongSupplier compressedBytes) {
        super(decompressed);
        this.compressedBytes = compressedBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        produced += n;
        if (produced > ALLOWANCE && produced > MAX_RATIO * Math.max(1, compressedBytes.getAsLong())) {
            throw new DecompressionLimitException("decompressed data exceeds " + MAX_RATIO
                    + " times its compressed size (refusing a possible decompression bomb)");
        }
    }

    static final class DecompressionLimitException extends IOException {
        DecompressionLimitException(String message) {
            super(message);
        }
    }
}
