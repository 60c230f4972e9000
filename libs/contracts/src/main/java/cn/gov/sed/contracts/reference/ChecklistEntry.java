package cn.gov.sed.contracts.reference;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;

import java.util.List;

/**
 * One item of the standard checklist (检查内容与隐患标准): what to check, the hazard standard it is judged by, the
 * severity and type a finding gets by default, the rule it rests on. {@code categories} lists the equipment
 * category codes it applies to (with everything below them in the catalogue); {@code ["*"]} means every category.
 */
public record ChecklistEntry(String code, List<String> categories, String contentZh, String hazardStandardZh,
                             Severity defaultSeverity, HazardType hazardType, String basis) {
    public ChecklistEntry {
        categories = List.copyOf(categories);
    }
}
