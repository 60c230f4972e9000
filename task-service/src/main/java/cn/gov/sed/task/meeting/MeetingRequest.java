package cn.gov.sed.task.meeting;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A meeting; {@code district} defaults to the caller's (null for a city meeting). */
public record MeetingRequest(@NotNull MeetingKind kind, @NotNull LocalDate date,
                             @Size(max = Limits.NAME) String district,
                             @Size(max = Limits.DEPARTMENTS) List<@Size(max = Limits.NAME) String> departments,
                             @Size(max = Limits.TEXT) String minutes,
                             @Size(max = Limits.TEXT) String decisions) {
}
