package cn.gov.sed.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

public record MilestoneOverdue(String district, UUID taskId, UUID milestoneId, String title, LocalDate dueDate,
                               String responsiblePerson) implements DomainEvent {
    public MilestoneOverdue {
        Require.present(taskId, "taskId");
        Require.present(milestoneId, "milestoneId");
        Require.present(dueDate, "dueDate");
    }

    @Override
    public String aggregateId() {
        return taskId.toString();
    }
}
