package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A draft publication; {@code district} defaults to the caller's (null for the city's own). At most one entry per
 * channel (four), texts within the v1.1 limits ({@link Limits}).
 */
public record PublicationRequest(@NotNull PublicationType type, @NotBlank @Size(max = Limits.NAME) String title,
                                 @NotBlank @Size(max = Limits.TEXT) String body,
                                 @NotEmpty @Size(max = 4) List<@NotNull Channel> channels,
                                 @Size(max = Limits.NAME) String district) {
}
