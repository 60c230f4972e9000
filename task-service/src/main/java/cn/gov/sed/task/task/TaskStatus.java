package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a battle-map task stands. */
@Schema(description = "NOT_STARTED 未开始, IN_PROGRESS 进行中, DONE 已完成")
public enum TaskStatus implements Labelled {
    NOT_STARTED("未开始"),
    IN_PROGRESS("进行中"),
    DONE("已完成");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
