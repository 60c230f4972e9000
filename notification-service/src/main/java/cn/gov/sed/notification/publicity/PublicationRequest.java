package cn.gov.sed.notification.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A draft publication; {@code district} defaults to the caller's (null for the city's own). */
public record PublicationRequest(@NotNull PublicationType type, @NotBlank @Size(max = 500) String title,
                                 @NotBlank @Size(max = 20000) String body, @NotEmpty List<@NotNull Channel> channels,
                                 String district) {
}
