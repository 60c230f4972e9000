package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** What the statistics group by: the API name, the column, and the Chinese label of a key. */
public enum GroupBy {
    DISTRICT("district", "district", k -> ReferenceData.get().districts().find(k).map(e -> e.nameZh()).orElse(k)),
    EQUIPMENT_CATEGORY("equipmentCategory", "equipment_category",
            k -> ReferenceData.get().equipmentCatalogue().codes().find(k).map(e -> e.nameZh()).orElse(k)),
    INDUSTRY("industry", "industry", k -> ReferenceData.get().industries().find(k).map(e -> e.nameZh()).orElse(k)),
    USAGE_ENVIRONMENT("usageEnvironment", "usage_environment", k -> label(UsageEnvironment.class, k)),
    HAZARD_TYPE("hazardType", "hazard_type", k -> label(HazardType.class, k)),
    SEVERITY("severity", "severity", k -> label(Severity.class, k)),
    STATUS("status", "status", k -> label(HazardStatus.class, k)),
    CHECKLIST_ITEM("checklistItem", "checklist_item_code", k -> ReferenceData.get().checklist().find(k).map(ChecklistEntry::contentZh).orElse(k));

    /** The label of hazards without a value (e.g. a department's report has no checklist item). */
    static final String NOT_GIVEN = "未填写";

    private final String apiName;
    private final String column;
    private final Function<String, String> label;

    GroupBy(String apiName, String column, Function<String, String> label) {
        this.apiName = apiName;
        this.column = column;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String column() {
        return column;
    }

    public String label(String key) {
        return key == null ? NOT_GIVEN : label.apply(key);
    }

    public static Optional<GroupBy> byApiName(String name) {
        return Arrays.stream(values()).filter(g -> g.apiName.equals(name)).findFirst();
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String key) {
        try {
            return Enum.valueOf(type, key).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
