package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The phases of the three-year campaign (三年行动). */
@Schema(description = "the phase of the three-year campaign (三年行动): MOBILIZATION 动员部署, INVESTIGATION 排查整治, CONCENTRATED_TACKLING 集中攻坚, CONSOLIDATION 巩固提升")
public enum TaskPhase implements Labelled {
    MOBILIZATION("动员部署"),
    INVESTIGATION("排查整治"),
    CONCENTRATED_TACKLING("集中攻坚"),
    CONSOLIDATION("巩固提升");

    private final String label;

    TaskPhase(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
