package cn.gov.sed.notification.publicity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An offline activity; {@code district} defaults to the caller's own. */
public record OutreachRequest(@NotNull OutreachCampaign campaign, @NotNull OutreachTarget target,
                              @NotNull LocalDate date, String district, @PositiveOrZero Integer participants,
                              @Size(max = 10000) String description) {
}
