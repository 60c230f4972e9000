package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A checklist item of the catalogue as the API shows it. */
@Schema(name = "ChecklistItem", description = "a checklist item (检查内容与隐患标准) of the catalogue")
public record ChecklistItemView(String code,
                                @Schema(description = "equipment category codes, or '*' for all")
                                List<String> categories, String content, String hazardStandard,
                                Severity defaultSeverity, HazardType hazardType,
                                @Schema(nullable = true, description = "依据; null when none is named") String basis,
                                boolean retired,
                                long version) implements Versioned {

    public static ChecklistItemView of(ChecklistItem i) {
        return new ChecklistItemView(i.code, i.categoryList(), i.content, i.hazardStandard, i.defaultSeverity,
                i.hazardType, i.basis, i.retired, i.version);
    }
}
