package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Traffic light of a task on the battle map (挂图作战). */
@Schema(description = "the traffic light: GREEN 正常推进, AMBER 临近期限, RED 已逾期")
public enum RagStatus implements Labelled {
    GREEN("正常推进"),
    AMBER("临近期限"),
    RED("已逾期");

    private final String label;

    RagStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
