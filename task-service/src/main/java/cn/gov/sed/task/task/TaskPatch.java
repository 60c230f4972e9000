package cn.gov.sed.task.task;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A partial change of a task: fields left out (or null) stay as they are. */
public record TaskPatch(
        TaskStatus status,
        TaskPhase phase,
        @Size(min = 1, max = 500) String title,
        String goal,
        String measures,
        String leadDepartment,
        List<String> cooperatingDepartments,
        @Size(max = 200) String responsiblePerson,
        LocalDate dueDate) {
}
