package cn.gov.sed.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** A battle-map task given to its lead department and responsible person; district null = city-wide. */
public record TaskAssigned(String district, UUID taskId, String title, String responsiblePerson,
                           String leadDepartment, LocalDate dueDate) implements DomainEvent {
    public TaskAssigned {
        Require.present(taskId, "taskId");
        Require.present(title, "title");
    }

    @Override
    public String aggregateId() {
        return taskId.toString();
    }
}
