package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An offline activity; {@code district} defaults to the caller's own. {@code participants} is a head count. */
@Schema(description = "an offline publicity activity of a district bureau; district defaults to the caller's own")
public record OutreachRequest(@NotNull @Schema(examples = "SAFETY_MONTH") OutreachCampaign campaign,
                              @NotNull @Schema(examples = "SCHOOL") OutreachTarget target,
                              @NotNull @Schema(description = "the day it was held", examples = "2026-06-16")
                              LocalDate date,
                              @Size(max = Limits.NAME)
                              @Schema(description = "the district code (6 digits); the caller's own when left out,"
                                      + " another district is 403", examples = "120103") String district,
                              @PositiveOrZero
                              @Schema(description = "the head count", examples = "120") Integer participants,
                              @Size(max = Limits.TEXT)
                              @Schema(description = "what was done",
                                      examples = "在天津市河西区某某小学开展电梯安全乘梯知识进校园活动，发放宣传册300份")
                              String description) {
}
