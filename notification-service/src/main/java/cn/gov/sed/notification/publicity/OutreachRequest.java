package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An offline activity; {@code district} defaults to the caller's own. {@code participants} is a head count. */
public record OutreachRequest(@NotNull OutreachCampaign campaign, @NotNull OutreachTarget target,
                              @NotNull LocalDate date, @Size(max = Limits.NAME) String district,
                              @PositiveOrZero Integer participants,
                              @Size(max = Limits.TEXT) String description) {
}
