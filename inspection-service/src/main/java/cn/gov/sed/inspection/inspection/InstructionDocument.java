package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.reference.EquipmentCategory;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.unit.Unit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * 特种设备安全监察指令书: the instruction to a unit after an inspection, rendered with PDFBox in Noto Sans SC
 * (SIL Open Font Licence, fonts/NotoSansSC-OFL.txt); only the glyphs used are embedded.
 */
public final class InstructionDocument {
    private static final String FONT = "/fonts/NotoSansSC_400Regular.ttf";
    private static final float MARGIN = 56;
    private static byte[] fontBytes;

    /** What the document shows. */
    public record Content(Inspection inspection, Unit unit, List<Finding> findings) {
    }

    private InstructionDocument() {
    }

    public static byte[] render(Content content) {
        Inspection inspection = content.inspection();
        Unit unit = content.unit();
        LocalDate completedOn = Zones.shanghai(inspection.completedAt).toLocalDate();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(font()), true);
            Writer w = new Writer(document, font);
            w.centered("特种设备安全监察指令书", 20);
            w.centered(inspection.documentNumber(), 11);
            w.gap(10);
            w.line(unit.name + "：", 12);
            w.paragraph("统一社会信用代码：" + unit.uscc, 11);
            w.paragraph("地址：" + (unit.address == null ? "—" : unit.address), 11);
            w.gap(6);
            w.paragraph("本机关执法人员于" + dateZh(Zones.shanghai(inspection.startedAt == null ? inspection.completedAt
                    : inspection.startedAt).toLocalDate()) + "对你单位进行了特种设备安全监督检查（"
                    + inspection.method.label() + "），发现下列问题，依据《中华人民共和国特种设备安全法》责令你单位按下列期限整改，"
                    + "并将整改情况书面报告本机关。", 11);
            w.gap(6);
            if (content.findings().isEmpty()) {
                w.paragraph("本次检查未发现问题。", 11);
            }
            int n = 1;
            for (Finding f : content.findings()) {
                String category = ReferenceData.get().equipmentCatalogue().codes().find(f.equipmentCategory)
                        .map(EquipmentCategory::nameZh).orElse(f.equipmentCategory);
                w.paragraph(n++ + ". 设备代码：" + f.equipmentCode + "（" + category + "）", 11);
                w.indented("检查内容：" + f.itemContent, 11);
                w.indented("隐患标准：" + f.hazardStandard, 11);
                w.indented("问题描述：" + f.description, 11);
                w.indented("隐患等级：" + f.severity.label() + (f.basis == null ? "" : "　依据：" + f.basis), 11);
                w.indented("整改期限：" + TimeLimitWording.wording(f.severity, completedOn), 11);
                w.gap(4);
            }
            w.gap(8);
            w.paragraph("执法人员：", 11);
            for (InspectorEntry p : inspection.inspectors) {
                w.indented(p.name + "　执法证号：" + p.certificateNo, 11);
            }
            w.gap(8);
            w.paragraph(TimeLimitWording.footer() + "逾期未整改的，依法予以处理。", 11);
            w.gap(16);
            w.right("天津市市场监督管理委员会（印章）", 11);
            w.right(dateZh(completedOn), 11);
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dateZh(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static synchronized byte[] font() throws IOException {
        if (fontBytes == null) {
            try (InputStream in = InstructionDocument.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font missing from the classpath: " + FONT);
                }
                fontBytes = in.readAllBytes();
            }
        }
        return fontBytes;
    }

    /** Writes lines top-down on A4 pages, wrapping text by its measured width and opening pages as needed. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void centered(String text, float size) throws IOException {
            text = printable(text);
            float textWidth = width(text, size);
            put(text, size, MARGIN + Math.max(0, (width - textWidth) / 2));
        }

        void right(String text, float size) throws IOException {
            text = printable(text);
            put(text, size, MARGIN + width - width(text, size));
        }

        void line(String text, float size) throws IOException {
            put(printable(text), size, MARGIN);
        }

        void paragraph(String text, float size) throws IOException {
            wrap(text, size, 0);
        }

        void indented(String text, float size) throws IOException {
            wrap(text, size, 2 * size);
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void wrap(String text, float size, float indent) throws IOException {
            String printable = printable(text);
            float available = width - indent;
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < printable.length(); ) {
                int cp = printable.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (current.length() > 0 && width(current + ch, size) > available) {
                    put(current.toString(), size, MARGIN + indent);
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            if (current.length() > 0) {
                put(current.toString(), size, MARGIN + indent);
            }
        }

        private void put(String text, float size, float x) throws IOException {
            float leading = size * 1.6f;
            if (y - leading < MARGIN) {
                stream.close();
                newPage();
            }
            y -= leading;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Control characters become spaces; a character the font lacks becomes '?'. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                    return;
                }
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }
}
