package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a supervision (督导检查) found the work of the lead department and the responsible person. */
@Schema(description = "how a supervision (督导检查) rated the work: GOOD 好, FAIR 一般, POOR 差")
public enum SupervisionRating implements Labelled {
    GOOD("好"),
    FAIR("一般"),
    POOR("差");

    private final String label;

    SupervisionRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
