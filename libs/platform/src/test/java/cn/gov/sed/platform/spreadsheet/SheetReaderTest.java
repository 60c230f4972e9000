package cn.gov.sed.platform.spreadsheet;

import cn.gov.sed.platform.problem.ProblemException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetReaderTest {
    private static final String SPACES = "@@SPACES@@";
    @TempDir
    Path dir;

    /** What a handler saw: the header, then "number: cells" per row. */
    private static List<String> read(Path file) {
        List<String> seen = new ArrayList<>();
        SheetReader.read(file, new SheetReader.Handler() {
            @Override
            public void header(List<String> names) {
                seen.add("header: " + names);
            }

            @Override
            public void row(int number, List<String> cells) {
                seen.add(number + ": " + cells);
            }
        });
        return seen;
    }

    private static int rows(Path file) {
        int[] n = {0};
        SheetReader.read(file, new SheetReader.Handler() {
            @Override
            public void header(List<String> names) {
            }

            @Override
            public void row(int number, List<String> cells) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static ProblemException refused(Path file) {
        return assertThrows(ProblemException.class, () -> read(file));
    }

    private static String detail(ProblemException e) {
        return String.valueOf(e.problem().getExtensions().get("violations")) + " " + e.problem().getDetail();
    }

    private Path csv(String text) throws IOException {
        return Files.write(Files.createTempFile(dir, "s", ".csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private Path xlsx(Consumer<Workbook> content) throws IOException {
        Path file = Files.createTempFile(dir, "s", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    @Test
    void aCsvWithBomQuotesAndBlankLinesIsReadRowByRow() throws IOException {
        Path file = csv("\uFEFFname, code ,note\n\n 甲 ,\"1,2\",\"two\nlines\"\n,,\n乙,,\"say \"\"hi\"\"\"\n");
        assertEquals(List.of("header: [name, code, note]", "2: [甲, 1,2, two\nlines]", "4: [乙, null, say \"hi\"]"),
                read(file));
    }

    @Test
    void fiftyColumnsAreReadFiftyOneAreRefused() throws IOException {
        String fifty = String.join(",", java.util.Collections.nCopies(50, "x")) + "\n";
        assertEquals(1, rows(csv(fifty + fifty)));
        ProblemException e = refused(csv(fifty + fifty + fifty.strip() + ",x\n"));
        assertEquals(400, e.problem().getStatus());
        assertTrue(detail(e).contains("more than 50 columns"), detail(e));
    }

    @Test
    void theTokenizerStopsAtTheFiftyFirstColumnAndAtALongCellWithoutReadingFurther() {
        // an endless line: the reader refuses it after a bounded number of characters, so a 2 GB line costs nothing
        Reader commas = new EndlessReader(",");
        ProblemException wide = assertThrows(ProblemException.class,
                () -> drain(new BoundedCsvReader(commas, 50, 4000)));
        assertTrue(detail(wide).contains("more than 50 columns"), detail(wide));
        EndlessReader letters = new EndlessReader("a");
        ProblemException longCell = assertThrows(ProblemException.class,
                () -> drain(new BoundedCsvReader(letters, 50, 4000)));
        assertTrue(detail(longCell).contains("at most 4000 characters"), detail(longCell));
        assertTrue(letters.given < 20_000, "read " + letters.given);
        // quoted separators and escaped quotes are inside the cell; a quoted cell is bounded too
        ProblemException quoted = assertThrows(ProblemException.class,
                () -> drain(new BoundedCsvReader(new EndlessReader("\"a,\"\"", "\""), 50, 4000)));
        assertTrue(detail(quoted).contains("record 1, column A: a cell holds at most 4000 characters"), detail(quoted));
    }

    @Test
    void aFiveMegabyteLineIsRefusedNotLoaded() throws IOException {
        Path file = csv("name,code\n" + "x".repeat(5 * 1024 * 1024) + ",1\n");
        ProblemException e = refused(file);
        assertEquals(400, e.problem().getStatus());
        assertTrue(detail(e).contains("at most 4000 characters"), detail(e));
    }

    @Test
    void tenThousandRowsAreReadTenThousandAndOneAreRefused() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(i).append(",x\n");
        }
        assertEquals(10_000, rows(csv(text.toString())));
        ProblemException e = refused(csv(text.append("10000,x\n").toString()));
        assertTrue(detail(e).contains("more than 10000 data rows (row 10002)"), detail(e));
    }

    @Test
    void aFileOverTwentyMegabytesIs413BeforeItIsOpened() throws IOException {
        Path file = Files.createTempFile(dir, "big", ".csv");
        try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(20L * 1024 * 1024);
            channel.write(java.nio.ByteBuffer.wrap(new byte[]{'x'}));
        }
        ProblemException e = refused(file);
        assertEquals(413, e.problem().getStatus());
        assertEquals("/problems/payload-too-large", e.problem().getType());
    }

    @Test
    void emptyAndNonUtf8FilesAreRefused() throws IOException {
        assertEquals(400, refused(Files.write(dir.resolve("empty.csv"), new byte[0])).problem().getStatus());
        assertEquals(400, refused(Files.write(dir.resolve("blank.csv"), "\n\n,,\n".getBytes())).problem().getStatus());
        ProblemException e = refused(Files.write(dir.resolve("latin.csv"), new byte[]{'a', '\n', (byte) 0xC3, 0x28, '\n'}));
        assertTrue(detail(e).contains("UTF-8"), detail(e));
    }

    @Test
    void anXlsxIsReadWithDatesAsIsoNumbersAsShownAndRowNumbersOfTheSheet() throws IOException {
        Path file = xlsx(wb -> {
            Sheet sheet = wb.createSheet("台账");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("name");
            head.createCell(1).setCellValue("due");
            head.createCell(2).setCellValue("count");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue(" 电梯 ");
            one.createCell(1).setCellValue(LocalDate.of(2027, 5, 1));
            one.getCell(1).setCellStyle(date);
            one.createCell(2).setCellValue(3110);
            Row three = sheet.createRow(3); // row 3 of the sheet is missing, row 4 has a gap in its cells
            three.createCell(2).setCellValue(LocalDateTime.of(2026, 11, 28, 9, 30));
            three.getCell(2).setCellStyle(dateTime);
            sheet.createRow(4).createCell(70).setCellStyle(date); // an empty styled cell far right is harmless
        });
        assertEquals(List.of("header: [name, due, count]", "2: [电梯, 2027-05-01, 3110]",
                "4: [null, null, 2026-11-28 09:30:00]"), read(file));
    }

    @Test
    void cellReferencesGiveTheirColumn() {
        assertEquals(0, XlsxSheet.column("A1"));
        assertEquals(25, XlsxSheet.column("Z9"));
        assertEquals(26, XlsxSheet.column("AA1"));
        assertEquals(49, XlsxSheet.column("AX3"));
        assertEquals(50, XlsxSheet.column("AY3"));
        assertEquals(1, XlsxSheet.column("$B$2"));
        assertEquals(16_383, XlsxSheet.column("XFD1048576"));
        assertEquals(Integer.MAX_VALUE, XlsxSheet.column("ZZZZZZZZ1"));
    }

    @Test
    void anXlsxValueInTheFiftyFirstColumnIsRefused() throws IOException {
        Path file = xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(50).setCellValue("AY");
        });
        assertTrue(detail(refused(file)).contains("row 2 has more than 50 columns"));
    }

    @Test
    void anXlsxOfTenThousandAndOneRowsIsRefused() throws IOException {
        Path file = xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r <= 10_001; r++) {
                sheet.createRow(r).createCell(0).setCellValue("r" + r);
            }
        });
        assertTrue(detail(refused(file)).contains("more than 10000 data rows"));
    }

    @Test
    void aSheetOfAMillionRowsIsRefusedAtTheTenThousandAndFirst() throws IOException {
        Path file = xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r < 1_048_576; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
        });
        assertTrue(Files.size(file) < SheetReader.MAX_FILE_BYTES);
        ProblemException e = refused(file);
        assertTrue(detail(e).contains("more than 10000 data rows (row 10002)"), detail(e));
    }

    @Test
    void anXlsxCellOverFourThousandCharactersIsRefused() throws IOException {
        Path file = xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(0).setCellValue("长".repeat(4001));
        });
        assertTrue(detail(refused(file)).contains("at most 4000 characters"));
    }

    @Test
    void aSharedStringTableCellOverFourThousandCharactersIsRefusedToo() throws IOException {
        Path file = Files.createTempFile(dir, "sst", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(0).setCellValue("x".repeat(4001));
            wb.write(out);
        }
        assertTrue(detail(refused(file)).contains("at most 4000 characters"));
    }

    @Test
    void anExternalEntityInASheetIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path normal = xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(0).setCellValue("placeholder");
        });
        byte[] hostile = replaceEntry(normal, "xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><worksheet")
                .replace("placeholder", "&xxe;"));
        Path file = Files.write(dir.resolve("xxe.xlsx"), hostile);
        List<String> seen = new ArrayList<>();
        ProblemException e = assertThrows(ProblemException.class, () -> SheetReader.read(file, new SheetReader.Handler() {
            @Override
            public void header(List<String> names) {
                seen.add(names.toString());
            }

            @Override
            public void row(int number, List<String> cells) {
                seen.add(cells.toString());
            }
        }));
        assertEquals(400, e.problem().getStatus());
        assertFalse(seen.toString().contains("TOP-SECRET"), seen.toString());
        assertFalse(detail(e).contains("TOP-SECRET"));
    }

    @Test
    void aZipBombIsRefusedByPoisInflateRatioGuard() throws IOException {
        Path normal = xlsx(wb -> wb.createSheet().createRow(0).createCell(0).setCellValue("name"));
        // 50 MB of spaces compress to about 50 KB: far below POI's minimum inflate ratio of 1 %
        byte[] bomb = replaceEntry(normal, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + SPACES));
        Path file = Files.write(dir.resolve("bomb.xlsx"), bomb);
        assertTrue(Files.size(file) < 1024 * 1024);
        ProblemException e = refused(file);
        assertTrue(detail(e).contains("not a readable XLSX"), detail(e));
    }

    private static void drain(Reader reader) throws IOException {
        char[] buffer = new char[8192];
        while (reader.read(buffer, 0, buffer.length) >= 0) {
            // keep reading
        }
    }

    private static byte[] replaceEntry(Path zip, String name, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    // SPACES stands for 50 MB of spaces, streamed into the entry rather than built in memory
                    String[] parts = edit.apply(new String(content, StandardCharsets.UTF_8)).split(SPACES, -1);
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) {
                            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                            for (int m = 0; m < 50; m++) {
                                z.write(spaces);
                            }
                        }
                        z.write(parts[i].getBytes(StandardCharsets.UTF_8));
                    }
                } else {
                    z.write(content);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A reader that never ends: a prefix, then one text over and over. */
    private static final class EndlessReader extends Reader {
        private final String prefix;
        private final String text;
        long given;

        EndlessReader(String text) {
            this("", text);
        }

        EndlessReader(String prefix, String text) {
            this.prefix = prefix;
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++, given++) {
                buffer[offset + i] = given < prefix.length() ? prefix.charAt((int) given)
                        : text.charAt((int) ((given - prefix.length()) % text.length()));
            }
            return length;
        }

        @Override
        public void close() {
        }
    }
}
