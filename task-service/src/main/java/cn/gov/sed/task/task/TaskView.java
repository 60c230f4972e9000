package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Task", description = "A battle-map task (挂图作战); with hazardId the listed supervision (挂牌督办) of a major hazard")
public record TaskView(
        UUID id,
        @Schema(nullable = true, description = "the campaign (专项行动); null when none was given") String campaign,
        @Schema(description = "MOBILIZATION 动员部署, INVESTIGATION 排查整治, CONCENTRATED_TACKLING 集中攻坚, CONSOLIDATION 巩固提升")
        TaskPhase phase,
        @Schema(nullable = true, description = "district code; null = city-wide") String district,
        String title,
        @Schema(nullable = true, description = "工作目标; null when none was given") String goal,
        @Schema(nullable = true, description = "工作措施; null when none were given") String measures,
        @Schema(nullable = true, description = "lead department code (牵头部门); null when none was given")
        String leadDepartment,
        @Schema(description = "department codes (配合部门); empty when none") List<String> cooperatingDepartments,
        @Schema(nullable = true, description = "责任人; null until one is named (a listed supervision gets the plan's)")
        String responsiblePerson,
        @Schema(description = "the time nodes (时间节点) in their order; empty when none") List<MilestoneView> milestones,
        @Schema(nullable = true, implementation = String.class, format = "uuid",
                description = "the major hazard of a listed supervision (挂牌督办); null for other tasks")
        UUID hazardId,
        @Schema(description = "NOT_STARTED 未开始, IN_PROGRESS 进行中, DONE 已完成") TaskStatus status,
        @Schema(description = "RED 已逾期: a milestone or the due date has passed; AMBER 临近期限: due within 3 days; else GREEN")
        RagStatus ragStatus,
        @Schema(description = "true while ragStatus is RED") boolean overdue,
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "the due date, by default the last milestone's; null when neither was given")
        LocalDate dueDate,
        OffsetDateTime createdAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "when the task was set DONE; null before")
        OffsetDateTime completedAt,
        long version) implements Versioned {

    @Schema(name = "Milestone", description = "a time node (时间节点)")
    public record MilestoneView(UUID id, String title, LocalDate dueDate,
                                @Schema(nullable = true, implementation = String.class, format = "date-time",
                                        description = "when the node was completed; null while open")
                                OffsetDateTime completedAt) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id, m.title, m.dueDate, Zones.shanghai(m.completedAt));
        }
    }

    public static TaskView of(Task t, LocalDate today) {
        RagStatus rag = t.rag(today);
        return new TaskView(t.id, t.campaign, t.phase, t.district, t.title, t.goal, t.measures, t.leadDepartment,
                List.copyOf(t.cooperatingDepartments), t.responsiblePerson,
                t.milestones.stream().map(MilestoneView::of).toList(), t.hazardId, t.status, rag,
                rag == RagStatus.RED, t.dueDate, Zones.shanghai(t.createdAt), Zones.shanghai(t.completedAt), t.version);
    }
}
