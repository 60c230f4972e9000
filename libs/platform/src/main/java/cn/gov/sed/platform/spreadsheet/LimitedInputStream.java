package cn.gov.sed.platform.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that refuses (400) to yield more than a number of bytes: a bound on a part of a workbook. */
final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private final String what;
    private long read;

    LimitedInputStream(InputStream in, long max, String what) {
        super(in);
        this.max = max;
        this.what = what;
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
            throw SheetReader.invalid("is not an import sheet: its " + what + " is larger than " + max / (1024 * 1024)
                    + " MB uncompressed");
        }
    }
}
