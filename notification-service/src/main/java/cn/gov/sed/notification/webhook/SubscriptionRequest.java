package cn.gov.sed.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A webhook: {@code url} (http or https), the event names it wants, and the secret its signatures use. */
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty List<String> eventTypes,
        @NotBlank @Size(min = 16, max = 200) String secret) {
}
