package cn.gov.sed.hazard.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checklist items (检查内容与隐患标准) shipped in the contracts jar: their content for the common-issues
 * ranking and the labels of statistics. ReferenceData does not expose them, so this reads the same file.
 */
public final class ChecklistItems {
    private static final Map<String, String> CONTENT = load();

    private ChecklistItems() {
    }

    public static boolean contains(String code) {
        return code != null && CONTENT.containsKey(code);
    }

    public static Optional<String> content(String code) {
        return Optional.ofNullable(code == null ? null : CONTENT.get(code));
    }

    private static Map<String, String> load() {
        Map<String, String> items = new LinkedHashMap<>();
        InputStream in = ChecklistItems.class.getResourceAsStream("/reference/checklist-items.csv");
        if (in == null) {
            return items;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader)) {
                items.put(r.get("code"), r.get("content_zh"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }
}
