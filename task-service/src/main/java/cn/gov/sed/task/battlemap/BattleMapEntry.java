package cn.gov.sed.task.battlemap;

import cn.gov.sed.task.task.RagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BattleMapEntry", description = "one district of the battle map (挂图作战)")
public record BattleMapEntry(
        String district,
        @Schema(description = "district name (区名)") String districtName,
        Tasks tasks,
        Hazards hazards,
        @Schema(nullable = true, minimum = "0", maximum = "1", description = "verified ÷ listed, 0–1; null when nothing is listed")
        Double rectificationRate,
        @Schema(description = "RED when a task is red or a hazard overdue; AMBER when a task is amber; else GREEN")
        RagStatus ragStatus) {

    @Schema(name = "BattleMapTasks", description = "the district's tasks: all, done, overdue and red (overdue tasks are the red ones), "
            + "and the time nodes missed this week")
    public record Tasks(long total, long done, long overdue, long red,
                        @Schema(description = "time nodes (时间节点) still open whose date passed this week (Monday first, Asia/Shanghai)")
                        long milestonesMissedThisWeek) {
    }

    @Schema(name = "BattleMapHazards", description = "the district's listed hazards: listed, verified (销号), overdue and major ones still open")
    public record Hazards(long listed, long verified, long overdue, long majorOpen) {
    }
}
