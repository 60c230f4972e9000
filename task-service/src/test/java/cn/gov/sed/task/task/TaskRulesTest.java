package cn.gov.sed.task.task;

import cn.gov.sed.contracts.events.MilestoneOverdue;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task's state machine and the events its methods return, without Quarkus. */
class TaskRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    static Task planned(int milestones) {
        List<TaskRequest.MilestoneRequest> nodes = java.util.stream.IntStream.range(0, milestones)
                .mapToObj(i -> new TaskRequest.MilestoneRequest(" 节点" + i + " ", DAY.plusDays(i))).toList();
        var request = new TaskRequest("专项行动", TaskPhase.INVESTIGATION, "120101", " 电梯排查 ", "目标", "措施",
                " ", List.of("HOUSING"), " 张三 ", null, nodes);
        Task.Planned planned = Task.plan(request, NOW);
        return planned.task();
    }

    static PatchBuilder patch() {
        return new PatchBuilder();
    }

    static final class PatchBuilder {
        TaskStatus status;
        String responsiblePerson;

        PatchBuilder status(TaskStatus s) {
            status = s;
            return this;
        }

        PatchBuilder responsiblePerson(String p) {
            responsiblePerson = p;
            return this;
        }

        TaskPatch build() {
            return new TaskPatch(status, null, null, null, null, null, null, responsiblePerson, null);
        }
    }

    @Test
    void eachActionNamesItsSourcesAndTarget() {
        assertTrue(TaskRules.START.allowedFrom(TaskStatus.NOT_STARTED));
        assertFalse(TaskRules.START.allowedFrom(TaskStatus.DONE));
        assertEquals(TaskStatus.IN_PROGRESS, TaskRules.START.target());
        assertTrue(TaskRules.RESET.allowedFrom(TaskStatus.IN_PROGRESS));
        assertEquals(TaskStatus.NOT_STARTED, TaskRules.RESET.target());
        assertTrue(TaskRules.COMPLETE.allowedFrom(TaskStatus.NOT_STARTED));
        assertTrue(TaskRules.COMPLETE.allowedFrom(TaskStatus.IN_PROGRESS));
        assertEquals(TaskStatus.DONE, TaskRules.COMPLETE.target());
        for (TaskRules action : TaskRules.values()) {
            assertFalse(action.allowedFrom(TaskStatus.DONE), action + " on a done task");
        }
        assertEquals(List.of(), TaskRules.allowedStatusChanges(TaskStatus.DONE));
        assertEquals(List.of("status IN_PROGRESS", "status DONE"), TaskRules.allowedStatusChanges(TaskStatus.NOT_STARTED));
    }

    @Test
    void planningNormalisesAndAnnouncesTheTask() {
        var request = new TaskRequest(null, TaskPhase.INVESTIGATION, null, "全市任务", null, null, null, null,
                null, null, List.of(new TaskRequest.MilestoneRequest("一", DAY), new TaskRequest.MilestoneRequest("二", DAY.plusDays(5))));
        Task.Planned planned = Task.plan(request, NOW);
        Task task = planned.task();
        assertEquals(TaskStatus.NOT_STARTED, task.status);
        assertEquals(DAY.plusDays(5), task.dueDate, "due with its last time node");
        assertEquals(NOW, task.createdAt);
        assertEquals(1, planned.events().size());
        TaskAssigned assigned = assertInstanceOf(TaskAssigned.class, planned.events().get(0));
        assertEquals(task.id, assigned.taskId());

        Task trimmed = planned(1);
        assertEquals("电梯排查", trimmed.title);
        assertEquals("张三", trimmed.responsiblePerson);
        assertEquals(null, trimmed.leadDepartment);
        assertEquals("节点0", trimmed.milestones.get(0).title);
    }

    @Test
    void doneNeedsEveryMilestoneAndPublishesTaskCompleted() {
        Task task = planned(2);
        var open = assertThrows(ProblemException.class, () -> task.change(patch().status(TaskStatus.DONE).build(), NOW));
        assertEquals(409, open.problem().getStatus());
        assertEquals(TaskStatus.NOT_STARTED, task.status);

        assertEquals(List.of(), task.completeMilestone(task.milestones.get(0).id, NOW));
        assertEquals(TaskStatus.IN_PROGRESS, task.status);
        assertNotNull(task.milestones.get(0).completedAt);
        Instant later = NOW.plusSeconds(60);
        assertEquals(List.of(), task.completeMilestone(task.milestones.get(0).id, later), "again: nothing");
        assertEquals(NOW, task.milestones.get(0).completedAt);
        task.completeMilestone(task.milestones.get(1).id, later);

        var events = task.change(patch().status(TaskStatus.DONE).responsiblePerson("钱主任").build(), later);
        assertEquals(TaskStatus.DONE, task.status);
        assertEquals(later, task.completedAt);
        assertEquals("钱主任", task.responsiblePerson);
        assertInstanceOf(TaskCompleted.class, events.get(0));

        var again = assertThrows(ProblemException.class,
                () -> task.change(patch().status(TaskStatus.IN_PROGRESS).build(), later));
        assertEquals(409, again.problem().getStatus());
        assertEquals(List.of(), task.change(patch().responsiblePerson("孙").build(), later), "other fields still change");
    }

    @Test
    void anUnknownMilestoneIsNotFound() {
        Task task = planned(1);
        var e = assertThrows(ProblemException.class, () -> task.completeMilestone(UUID.randomUUID(), NOW));
        assertEquals(404, e.problem().getStatus());
    }

    @Test
    void aStatusMayGoBackFromInProgressToNotStarted() {
        Task task = planned(0);
        assertEquals(List.of(), task.change(patch().status(TaskStatus.IN_PROGRESS).build(), NOW));
        assertEquals(TaskStatus.IN_PROGRESS, task.status);
        task.change(patch().status(TaskStatus.NOT_STARTED).build(), NOW);
        assertEquals(TaskStatus.NOT_STARTED, task.status);
    }

    @Test
    void aListedSupervisionFollowsThePlanAndClosesOnce() {
        UUID hazard = UUID.randomUUID();
        Task.Planned planned = Task.superviseHazard(hazard, "120103", "挂牌督办：某单位 重大隐患", "行动", DAY, NOW);
        Task task = planned.task();
        assertEquals(TaskStatus.IN_PROGRESS, task.status);
        assertEquals(hazard, task.hazardId);
        assertInstanceOf(TaskAssigned.class, planned.events().get(0));

        task.followPlan(DAY.plusDays(9), "王经理", NOW);
        assertEquals(DAY.plusDays(9), task.dueDate);
        assertEquals("王经理", task.responsiblePerson);
        task.followPlan(DAY.plusDays(10), " ", NOW);
        assertEquals("王经理", task.responsiblePerson);

        Instant verified = NOW.plusSeconds(3600);
        assertInstanceOf(TaskCompleted.class, task.closeSupervision(verified, NOW).get(0));
        assertEquals(verified, task.completedAt);
        assertEquals(List.of(), task.closeSupervision(verified.plusSeconds(1), NOW), "once");
        task.followPlan(DAY.plusDays(30), "别人", NOW);
        assertEquals(DAY.plusDays(10), task.dueDate, "a done supervision follows no plan");
    }

    @Test
    void anOverdueMilestoneIsReportedWithItsTask() {
        Task task = planned(1);
        Milestone m = task.milestones.get(0);
        MilestoneOverdue event = assertInstanceOf(MilestoneOverdue.class, m.reportOverdue(NOW).get(0));
        assertEquals(NOW, m.overdueReportedAt);
        assertEquals(task.id, event.taskId());
        assertEquals(m.id, event.milestoneId());
    }
}
