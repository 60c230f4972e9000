package cn.gov.sed.task.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A meeting; {@code district} defaults to the caller's (null for a city meeting). */
public record MeetingRequest(@NotNull MeetingKind kind, @NotNull LocalDate date, String district,
                             List<String> departments, @Size(max = 50000) String minutes,
                             @Size(max = 20000) String decisions) {
}
