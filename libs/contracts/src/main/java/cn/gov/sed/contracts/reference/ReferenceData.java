package cn.gov.sed.contracts.reference;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import org.apache.commons.csv.CSVRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's reference data, loaded once from the CSV files in this jar (see reference/SOURCES.md).
 * Every service validates codes against these lists and answers 400 for an unknown one.
 */
public final class ReferenceData {
    /** The municipality itself (天津市), used where a record belongs to the city rather than a district. */
    public static final String CITY_CODE = "120000";

    private static final ReferenceData INSTANCE = new ReferenceData();

    private final CodeList<ReferenceEntry> districts;
    private final CodeList<ReferenceEntry> industries;
    private final CodeList<ReferenceEntry> departments;
    private final EquipmentCatalogue equipmentCatalogue;
    private final CodeList<ChecklistEntry> checklist;

    private ReferenceData() {
        districts = flat("district", "districts.csv", "name_pinyin");
        industries = flat("industry", "industries.csv", "name_en");
        departments = flat("department", "departments.csv", "name_en");
        Map<String, EquipmentCategory> categories = new LinkedHashMap<>();
        for (CSVRecord r : CsvTable.read("equipment-categories.csv")) {
            String parent = r.get("parent");
            categories.put(r.get("code"), new EquipmentCategory(r.get("code"),
                    parent == null || parent.isBlank() ? null : parent, r.get("name_zh"), r.get("name_en")));
        }
        equipmentCatalogue = new EquipmentCatalogue(categories);
        Map<String, ChecklistEntry> items = new LinkedHashMap<>();
        for (CSVRecord r : CsvTable.read("checklist-items.csv")) {
            items.put(r.get("code"), new ChecklistEntry(r.get("code"), List.of(r.get("categories").split(";")),
                    r.get("content_zh"), r.get("hazard_standard_zh"), Severity.valueOf(r.get("default_severity")),
                    HazardType.valueOf(r.get("hazard_type")), r.get("basis")));
        }
        checklist = new CodeList<>("checklist item", items);
    }

    public static ReferenceData get() {
        return INSTANCE;
    }

    private static CodeList<ReferenceEntry> flat(String name, String file, String englishColumn) {
        Map<String, ReferenceEntry> entries = new LinkedHashMap<>();
        for (CSVRecord r : CsvTable.read(file)) {
            entries.put(r.get("code"), new ReferenceEntry(r.get("code"), r.get("name_zh"), r.get(englishColumn)));
        }
        return new CodeList<>(name, entries);
    }

    /** The 16 districts of Tianjin (120101 和平区 … 120119 蓟州区). */
    public CodeList<ReferenceEntry> districts() {
        return districts;
    }

    public CodeList<ReferenceEntry> industries() {
        return industries;
    }

    /** Industry authorities (行业主管部门) and the bureaus themselves. */
    public CodeList<ReferenceEntry> departments() {
        return departments;
    }

    public EquipmentCatalogue equipmentCatalogue() {
        return equipmentCatalogue;
    }

    /** The standard checklist (检查内容与隐患标准, G01 … and per category), the one source of its items. */
    public CodeList<ChecklistEntry> checklist() {
        return checklist;
    }
}
