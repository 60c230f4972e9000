package cn.gov.sed.platform.spreadsheet;

import cn.gov.sed.platform.problem.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV through commons-csv, behind {@link BoundedCsvReader}; strict UTF-8 (a BOM is skipped). */
final class CsvSheet {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();

    private CsvSheet() {
    }

    static void read(Path file, SheetReader.Counter rows) {
        try (InputStream in = Files.newInputStream(file);
             Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             Reader bounded = new BoundedCsvReader(new BufferedReader(text, 8192), SheetReader.MAX_COLUMNS,
                     SheetReader.MAX_CELL_CHARS);
             CSVParser parser = FORMAT.parse(bounded)) {
            for (CSVRecord record : parser) {
                if (record.size() > SheetReader.MAX_COLUMNS) {
                    throw SheetReader.tooManyColumns((int) record.getRecordNumber());
                }
                rows.row((int) record.getRecordNumber(), record.toList());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw problem(e.getCause());
        } catch (IOException e) {
            throw problem(e);
        } catch (IllegalStateException e) {
            throw SheetReader.invalid("is not valid CSV: " + e.getMessage());
        }
    }

    private static RuntimeException problem(IOException e) {
        if (e instanceof CharacterCodingException) {
            return SheetReader.invalid("is neither an XLSX workbook nor UTF-8 CSV");
        }
        if (e != null && e.getCause() instanceof ProblemException p) {
            return p;
        }
        return SheetReader.invalid("is not valid CSV: " + (e == null ? "unreadable" : e.getMessage()));
    }
}
