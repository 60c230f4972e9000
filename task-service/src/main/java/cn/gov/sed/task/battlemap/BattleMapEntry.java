package cn.gov.sed.task.battlemap;

import cn.gov.sed.task.task.RagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BattleMapEntry", description = "one district of the battle map (挂图作战)")
public record BattleMapEntry(
        String district,
        @Schema(description = "district name (区名)") String districtName,
        Tasks tasks,
        Hazards hazards,
        @Schema(description = "verified ÷ listed, 0–1; null when nothing is listed") Double rectificationRate,
        @Schema(description = "RED when a task is red or a hazard overdue; AMBER when a task is amber; else GREEN")
        RagStatus ragStatus) {

    public record Tasks(long total, long done, long overdue, long red) {
    }

    public record Hazards(long listed, long verified, long overdue, long majorOpen) {
    }
}
