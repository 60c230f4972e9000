package cn.gov.sed.platform.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An input stream that yields at most a number of bytes and throws what the caller names beyond them: the one
 * bound on a body or a part of a file while it is read (a chunked JSON body, a workbook's XML parts).
 */
public final class BoundedInputStream extends FilterInputStream {
    private final long max;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long read;

    public BoundedInputStream(InputStream in, long max, Supplier<? extends RuntimeException> tooLarge) {
        super(in);
        this.max = max;
        this.tooLarge = tooLarge;
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
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > max) {
            throw tooLarge.get();
        }
    }
}
