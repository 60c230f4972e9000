package cn.gov.sed.task.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A new battle-map task. {@code dueDate} (optional) defaults to the last milestone's date. */
public record TaskRequest(
        @Size(max = 200) String campaign,
        @NotNull TaskPhase phase,
        String district,
        @NotBlank @Size(max = 500) String title,
        String goal,
        String measures,
        String leadDepartment,
        List<String> cooperatingDepartments,
        @Size(max = 200) String responsiblePerson,
        LocalDate dueDate,
        @Valid List<@NotNull MilestoneRequest> milestones) {

    public record MilestoneRequest(@NotBlank @Size(max = 500) String title, @NotNull LocalDate dueDate) {
    }
}
