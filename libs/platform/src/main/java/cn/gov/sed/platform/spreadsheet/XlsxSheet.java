package cn.gov.sed.platform.spreadsheet;

import cn.gov.sed.platform.problem.ProblemException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first sheet of an XLSX through POI's event API: {@link XSSFReader} for the parts, {@link XSSFSheetXMLHandler}
 * on POI's hardened SAX parser ({@link XMLHelper#newXMLReader()}: secure processing, DOCTYPE declarations
 * disallowed, external entities off, an entity resolver that resolves nothing) for the sheet, and
 * {@link PlainSharedStrings} (the same SAX reading as POI's ReadOnlySharedStringsTable, without a rich-text object per
 * lookup) for the shared strings. Never {@code new XSSFWorkbook(..)}: that builds the
 * whole workbook in memory. The package is opened from the file (random access, one part at a time) with POI's
 * zip-bomb guard in place (ZipSecureFile, minimum inflate ratio 1 %). The parts read whole (workbook, styles, shared
 * strings) are bounded; the sheet itself is streamed and bounded by rows, columns and characters.
 */
final class XlsxSheet {
    static {
        // Package parts ([Content_Types].xml, .rels) are parsed by POI itself, bounded only by the inflate ratio:
        // cap any entry at five times the largest import we accept, so they cannot expand to gigabytes.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(5 * cn.gov.sed.platform.validation.Limits.IMPORT_FILE_BYTES);
    }

    private static final long MAX_WORKBOOK_XML = 1024 * 1024;
    private static final long MAX_STYLES_XML = 8L * 1024 * 1024;
    private static final long MAX_SHARED_STRINGS_XML = 32L * 1024 * 1024;

    private XlsxSheet() {
    }

    static void read(Path file, SheetReader.Counter rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            String firstSheet = firstSheetRelationId(reader);
            if (firstSheet == null) {
                throw SheetReader.invalid("is a workbook without sheets");
            }
            SharedStrings strings = sharedStrings(reader);
            StylesTable styles = styles(reader);
            try (InputStream sheet = reader.getSheet(firstSheet)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new BoundedSheetHandler(styles, strings, new Rows(rows)));
                parser.parse(new InputSource(sheet));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (SAXException e) {
            throw unwrap(e);
        } catch (NotOfficeXmlFileException e) {
            throw SheetReader.invalid("is neither an XLSX workbook nor UTF-8 CSV");
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            // includes POI's zip-bomb refusal ("Zip bomb detected!") and malformed XML
            if (e.getCause() instanceof ProblemException p) {
                throw p;
            }
            throw SheetReader.invalid("is not a readable XLSX workbook");
        }
    }

    private static RuntimeException unwrap(SAXException e) {
        if (e.getException() instanceof ProblemException p) {
            return p;
        }
        if (e.getCause() instanceof ProblemException p) {
            return p;
        }
        return SheetReader.invalid("is not a readable XLSX workbook");
    }

    /** The r:id of the workbook's first sheet, read from workbook.xml with the same hardened parser. */
    private static String firstSheetRelationId(XSSFReader reader) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        String[] id = new String[1];
        try (InputStream workbook = bounded(reader.getWorkbookData(), MAX_WORKBOOK_XML, "workbook")) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (id[0] == null && "sheet".equals(localName)) {
                        id[0] = attributes.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return id[0];
    }

    /**
     * The column index of a cell reference such as {@code AB12} (0-based); POI's CellReference does the same with a
     * regular expression, which cost a third of the reading time. Past the sheet's last column → Integer.MAX_VALUE.
     */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
            if (column > 16_384) {
                return Integer.MAX_VALUE;
            }
        }
        return column - 1;
    }

    private static SharedStrings sharedStrings(XSSFReader reader) throws IOException, SAXException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        InputStream data = reader.getSharedStringsData();
        if (data == null) {
            return PlainSharedStrings.read(null);
        }
        try (InputStream in = bounded(data, MAX_SHARED_STRINGS_XML, "shared-strings table")) {
            return PlainSharedStrings.read(in);
        }
    }

    private static StylesTable styles(XSSFReader reader) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        InputStream data = reader.getStylesData();
        if (data == null) {
            return null;
        }
        try (InputStream in = bounded(data, MAX_STYLES_XML, "styles")) {
            return new StylesTable(in);
        }
    }

    /**
     * POI's sheet handler with bounds in front: a cell past the 50th column is never passed to POI (a value there ends the read), and
     * a cell's text is counted as it arrives, so a gigantic inline string is refused before it is built.
     */
    static final class BoundedSheetHandler extends XSSFSheetXMLHandler {
        private int row;
        private int nextColumn;
        private boolean inCell;
        private boolean beyond;
        private long cellChars;

        BoundedSheetHandler(StylesTable styles, SharedStrings strings, SheetContentsHandler out) {
            super(styles, strings, out, new IsoDateFormatter(), false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (beyond) {
                return; // inside a cell past the last column: POI never sees it
            }
            if ("row".equals(localName)) {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : parse(r, row + 1);
                nextColumn = 0;
            } else if ("c".equals(localName)) {
                String ref = attributes.getValue("r");
                int column = ref == null ? nextColumn : column(ref);
                nextColumn = column + 1;
                cellChars = 0;
                if (column >= SheetReader.MAX_COLUMNS || column < 0) {
                    beyond = true; // an empty styled cell there is harmless; a value is refused
                    return;
                }
                inCell = true;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (beyond) {
                beyond = !"c".equals(localName);
                return;
            }
            if ("c".equals(localName)) {
                inCell = false;
            }
            super.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (beyond) {
                for (int i = start; i < start + length; i++) {
                    if (!Character.isWhitespace(ch[i])) {
                        throw SheetReader.tooManyColumns(row);
                    }
                }
                return;
            }
            if (inCell) {
                cellChars += length;
                if (cellChars > SheetReader.MAX_CELL_CHARS) {
                    throw SheetReader.invalid("row " + row + ", column " + SheetReader.columnName(nextColumn - 1)
                            + ": a cell holds at most " + SheetReader.MAX_CELL_CHARS + " characters");
                }
            }
            super.characters(ch, start, length);
        }

        private static int parse(String number, int otherwise) {
            try {
                return Integer.parseInt(number);
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    /** Collects a row's cells by column and hands the row on at its end. */
    private static final class Rows implements SheetContentsHandler {
        private final SheetReader.Counter counter;
        private final List<String> cells = new ArrayList<>();

        Rows(SheetReader.Counter counter) {
            this.counter = counter;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            counter.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            if (column < 0 || column >= SheetReader.MAX_COLUMNS) {
                return; // no column (a malformed reference), or past the last one (kept from POI by the handler)
            }
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(formattedValue);
            } else {
                cells.set(column, formattedValue);
            }
        }
    }

    /** Numbers as Excel shows them, except dates: ISO ({@code 2026-11-28} or {@code 2026-11-28 09:30:00}). */
    static final class IsoDateFormatter extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.format(DATE_TIME);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** A part of the workbook read at most {@code max} bytes uncompressed; beyond them the sheet is refused (400). */
    private static InputStream bounded(InputStream part, long max, String what) {
        return new cn.gov.sed.platform.io.BoundedInputStream(part, max, () -> SheetReader.invalid(
                "is not an import sheet: its " + what + " is larger than " + max / (1024 * 1024) + " MB uncompressed"));
    }
}
