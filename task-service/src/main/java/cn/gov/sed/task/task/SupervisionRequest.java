package cn.gov.sed.task.task;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A supervision (督导检查): when, by whom, what was found, and the rating (GOOD 好, FAIR 一般, POOR 差). */
public record SupervisionRequest(@NotNull LocalDate date, @NotBlank @Size(max = Limits.NAME) String supervisor,
                                 @Size(max = Limits.TEXT) String findings, @NotNull SupervisionRating rating) {
}
