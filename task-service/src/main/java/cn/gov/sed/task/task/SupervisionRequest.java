package cn.gov.sed.task.task;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A supervision (督导检查): when, by whom, what was found, and the rating (GOOD 好, FAIR 一般, POOR 差). */
public record SupervisionRequest(
        @Schema(description = "the day of the supervision, not in the future", examples = "2026-11-20")
        @NotNull LocalDate date,
        @Schema(description = "who supervised (督导人)", examples = "市专班 王五")
        @NotBlank @Size(max = Limits.NAME) String supervisor,
        @Schema(description = "what was found (发现问题)", examples = "隐患台账不完整，两台电梯整改资金未落实")
        @Size(max = Limits.TEXT) String findings,
        @NotNull SupervisionRating rating) {
}
