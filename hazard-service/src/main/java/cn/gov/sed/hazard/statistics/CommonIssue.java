package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 共性问题: a checklist item found at many units. */
public record CommonIssue(String checklistItemCode,
                          @Schema(nullable = true, description = "检查内容 of the item; null when the code is not in the catalogue") String content,
                          @Schema(description = "distinct units where it was found") long units,
                          long hazards,
                          @Schema(description = "hazards of the item not yet closed") long open) {

    static CommonIssue of(String code, long units, long hazards, long open) {
        return new CommonIssue(code, ReferenceData.get().checklist().find(code).map(ChecklistEntry::contentZh).orElse(null),
                units, hazards, open);
    }
}
