package cn.gov.sed.task.task;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A partial change of a task: fields left out (or null) stay as they are. The limits are those of a new task. */
public record TaskPatch(
        TaskStatus status,
        TaskPhase phase,
        @Size(min = 1, max = Limits.NAME) String title,
        @Size(max = Limits.TEXT) String goal,
        @Size(max = Limits.TEXT) String measures,
        @Size(max = Limits.NAME) String leadDepartment,
        @Size(max = Limits.DEPARTMENTS) List<@Size(max = Limits.NAME) String> cooperatingDepartments,
        @Size(max = Limits.NAME) String responsiblePerson,
        LocalDate dueDate) {
}
