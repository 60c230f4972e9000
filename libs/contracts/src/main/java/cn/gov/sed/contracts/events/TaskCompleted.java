package cn.gov.sed.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

public record TaskCompleted(String district, UUID taskId, String title, OffsetDateTime completedAt)
        implements DomainEvent {
    public TaskCompleted {
        Require.present(taskId, "taskId");
        Require.present(completedAt, "completedAt");
    }

    @Override
    public String aggregateId() {
        return taskId.toString();
    }
}
