package cn.gov.sed.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A time node (时间节点) of a task not done is due tomorrow (Asia/Shanghai): the task's bureau and lead department
 * are reminded once per node and date. {@code district} is null for a city-wide task.
 */
public record MilestoneDueTomorrow(String district, UUID taskId, UUID milestoneId, String title, LocalDate dueDate,
                                   String responsiblePerson, String leadDepartment, String taskTitle)
        implements DomainEvent {
    public MilestoneDueTomorrow {
        Require.present(taskId, "taskId");
        Require.present(milestoneId, "milestoneId");
        Require.present(dueDate, "dueDate");
    }

    @Override
    public String aggregateId() {
        return taskId.toString();
    }
}
