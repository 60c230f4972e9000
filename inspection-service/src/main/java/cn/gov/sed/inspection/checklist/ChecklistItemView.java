package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.http.Versioned;

import java.util.List;

public record ChecklistItemView(String code, List<String> categories, String content, String hazardStandard,
                                Severity defaultSeverity, HazardType hazardType, String basis, boolean retired,
                                long version) implements Versioned {

    public static ChecklistItemView of(ChecklistItem i) {
        return new ChecklistItemView(i.code, i.categoryList(), i.content, i.hazardStandard, i.defaultSeverity,
                i.hazardType, i.basis, i.retired, i.version);
    }
}
