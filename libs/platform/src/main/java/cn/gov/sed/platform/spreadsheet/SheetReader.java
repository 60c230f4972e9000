package cn.gov.sed.platform.spreadsheet;

import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.validation.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an import sheet, CSV (UTF-8, optional BOM) or XLSX (its first sheet), row by row without ever holding the
 * file: the handler sees the header, then each non-blank data row as it is read.
 * <p>
 * The limits of API.md "Limits, hostile input" are found while streaming: a file over 20 MB → 413 (checked before it
 * is opened); more than 10,000 data rows → 400 at the 10,001st; a value past the 50th column → 400, and that cell is
 * never materialised (a CSV record ends at its 51st separator); a cell over 4,000 characters → 400 (a 2 GB single
 * line cannot fill the heap); more than 20 million characters in all → 400 (what a 20 MB CSV can hold, so an XLSX
 * repeating one long shared string cannot fill the heap either). XLSX is read with POI's event API on its hardened
 * SAX parser (no DTDs, no external entities) and its zip-bomb guard (ZipSecureFile's minimum inflate ratio).
 * <p>
 * Cells are trimmed; blank cells are {@code null}. Date-formatted XLSX cells read {@code 2026-11-28} (midnight) or
 * {@code 2026-11-28 09:30:00}, whatever their display format. Rows are numbered as a person sees them: the header
 * is row 1 (CSV: the record number; XLSX: the sheet's row number).
 */
public final class SheetReader {
    public static final int MAX_ROWS = Limits.IMPORT_ROWS;
    public static final int MAX_COLUMNS = Limits.IMPORT_COLUMNS;
    public static final int MAX_CELL_CHARS = Limits.TEXT;
    public static final long MAX_FILE_BYTES = Limits.IMPORT_FILE_BYTES;
    public static final long MAX_TOTAL_CHARS = 20_000_000L;

    /** What the caller does with the rows; it may throw to stop reading. */
    public interface Handler {
        /** The first non-blank row. */
        void header(List<String> names);

        /** A non-blank data row: its number in the file and its cells (index = column, blank → null). */
        void row(int number, List<String> cells);
    }

    private SheetReader() {
    }

    /** Reads the uploaded file; 400 when it is none of CSV/XLSX or breaks a limit, 413 when over 20 MB. */
    public static void read(Path file, Handler handler) {
        if (file == null) {
            throw ValidationException.of("file", "a multipart part named 'file' is required");
        }
        long size;
        byte[] magic = new byte[4];
        int n;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(magic, 0, 4);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(size);
        }
        if (size == 0) {
            throw ValidationException.of("file", "is empty: a header row is required");
        }
        Counter counter = new Counter(handler);
        if (n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            XlsxSheet.read(file, counter);
        } else {
            CsvSheet.read(file, counter);
        }
        counter.finish();
    }

    /** 413 for an import file over the limit. */
    public static ProblemException tooLarge(long size) {
        return new ProblemException(new Problem("payload-too-large", "Payload too large", 413,
                "an import file may hold at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB; this one has " + size
                        + " bytes").with("maxBytes", MAX_FILE_BYTES));
    }

    static ValidationException invalid(String message) {
        return ValidationException.of("file", message);
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** Normalises the cells, skips blank rows, counts rows and characters, and passes the rest on. */
    static final class Counter {
        private final Handler handler;
        private boolean headerSeen;
        private int dataRows;
        private long characters;

        Counter(Handler handler) {
            this.handler = handler;
        }

        /** A row as read: cells in column order (null for an absent cell), at most MAX_COLUMNS of them. */
        void row(int number, List<String> raw) {
            String[] cells = new String[raw.size()];
            boolean blank = true;
            for (int i = 0; i < cells.length; i++) {
                String v = raw.get(i);
                if (v != null) {
                    if (v.length() > MAX_CELL_CHARS) {
                        throw invalid("row " + number + ", column " + columnName(i) + ": a cell holds at most "
                                + MAX_CELL_CHARS + " characters");
                    }
                    characters += v.length();
                    v = v.strip();
                    if (v.startsWith("\uFEFF")) {
                        v = v.substring(1).strip();
                    }
                    if (v.isEmpty()) {
                        v = null;
                    }
                }
                cells[i] = v;
                blank &= v == null;
            }
            if (characters > MAX_TOTAL_CHARS) {
                throw invalid("holds more than " + MAX_TOTAL_CHARS + " characters of text");
            }
            if (blank) {
                return; // blank lines are not rows
            }
            if (!headerSeen) {
                headerSeen = true;
                handler.header(java.util.Arrays.asList(cells));
                return;
            }
            if (++dataRows > MAX_ROWS) {
                throw invalid("has more than " + MAX_ROWS + " data rows (row " + number + "); split it into several imports");
            }
            handler.row(number, java.util.Arrays.asList(cells));
        }

        void finish() {
            if (!headerSeen) {
                throw invalid("is empty: a header row is required");
            }
        }
    }

    static ValidationException tooManyColumns(int row) {
        return invalid("row " + row + " has more than " + MAX_COLUMNS + " columns");
    }
}
