package cn.gov.sed.platform.spreadsheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader in front of the CSV parser that follows the CSV structure (RFC 4180 quotes) and stops the input before
 * the parser can materialise too much: at a record's 51st separator (so a 51st cell is never built) and at a cell's
 * 4,001st character (so a 2 GB line cannot fill the heap). It throws the 400 of {@link SheetReader} there.
 */
final class BoundedCsvReader extends FilterReader {
    private final int maxColumns;
    private final int maxCellChars;
    private int record = 1;
    private int column;
    private int cellChars;
    private boolean cellStart = true;
    private boolean quoted;
    private boolean quoteInQuoted;
    private boolean afterCr;

    BoundedCsvReader(Reader in, int maxColumns, int maxCellChars) {
        super(in);
        this.maxColumns = maxColumns;
        this.maxCellChars = maxCellChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    private void see(char c) {
        if (quoted) {
            if (quoteInQuoted) {
                quoteInQuoted = false;
                if (c == '"') {
                    cellChar(); // "" is an escaped quote
                    return;
                }
                quoted = false; // the closing quote: c is outside the quotes
            } else {
                if (c == '"') {
                    quoteInQuoted = true;
                } else {
                    cellChar();
                }
                return;
            }
        }
        boolean wasCr = afterCr;
        afterCr = c == '\r';
        if (c == ',') {
            if (++column >= maxColumns) {
                throw SheetReader.tooManyColumns(record);
            }
            cellChars = 0;
            cellStart = true;
        } else if (c == '\r' || c == '\n') {
            if (!(c == '\n' && wasCr)) {
                record++;
            }
            column = 0;
            cellChars = 0;
            cellStart = true;
        } else if (c == '"' && cellStart) {
            quoted = true;
            cellStart = false;
        } else if (cellStart && (c == ' ' || c == '\t' || c == '\uFEFF')) {
            cellChar(); // surrounding spaces before a quote are ignored by the parser
        } else {
            cellStart = false;
            cellChar();
        }
    }

    private void cellChar() {
        if (++cellChars > maxCellChars) {
            throw SheetReader.invalid("record " + record + ", column " + SheetReader.columnName(column)
                    + ": a cell holds at most " + maxCellChars + " characters");
        }
    }
}
