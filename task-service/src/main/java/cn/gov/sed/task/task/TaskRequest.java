package cn.gov.sed.task.task;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A new battle-map task. {@code dueDate} (optional) defaults to the last milestone's date. Every text and list has
 * the v1.1 limit ({@link Limits}), checked before anything is stored or published.
 */
public record TaskRequest(
        @Size(max = Limits.NAME) String campaign,
        @NotNull TaskPhase phase,
        @Size(max = Limits.NAME) String district,
        @NotBlank @Size(max = Limits.NAME) String title,
        @Size(max = Limits.TEXT) String goal,
        @Size(max = Limits.TEXT) String measures,
        @Size(max = Limits.NAME) String leadDepartment,
        @Size(max = Limits.DEPARTMENTS) List<@Size(max = Limits.NAME) String> cooperatingDepartments,
        @Size(max = Limits.NAME) String responsiblePerson,
        LocalDate dueDate,
        @Valid @Size(max = Limits.MILESTONES) List<@NotNull MilestoneRequest> milestones) {

    public record MilestoneRequest(@NotBlank @Size(max = Limits.NAME) String title, @NotNull LocalDate dueDate) {
    }
}
