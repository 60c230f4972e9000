package cn.gov.sed.platform.spreadsheet;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared-strings table as plain strings, read with POI's hardened SAX parser. POI's ReadOnlySharedStringsTable
 * reads the same way but builds an XMLBeans rich-text object on every lookup, which made a 10,000-row import spend
 * most of its time there; here a lookup is a list access. Phonetic runs ({@code rPh}) are left out, as POI does.
 */
final class PlainSharedStrings extends DefaultHandler implements SharedStrings {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    static PlainSharedStrings read(InputStream xml) throws IOException, SAXException {
        PlainSharedStrings table = new PlainSharedStrings();
        if (xml != null) {
            try {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(table);
                parser.parse(new InputSource(xml));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new SAXException(e);
            }
        }
        return table;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inItem && !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                strings.add(text.toString());
            }
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new Plain(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** A string without formatting; its toString() is what POI's sheet handler takes. */
    private record Plain(String value) implements RichTextString {
        @Override
        public String getString() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
