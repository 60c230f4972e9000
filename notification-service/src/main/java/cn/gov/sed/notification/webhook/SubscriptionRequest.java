package cn.gov.sed.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A webhook: {@code url} (https; http only for allow-listed hosts), the event names it wants, and the secret its
 * signatures use.
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = MAX_URL) String url,
        @NotEmpty @Size(max = MAX_EVENT_TYPES) List<@NotBlank @Size(max = 60) String> eventTypes,
        @NotBlank @Size(min = 16, max = 200) String secret) {

    public static final int MAX_URL = 2000;
    /** The number of event types of the catalogue ({@code EventType}); a unit test keeps them equal. */
    public static final int MAX_EVENT_TYPES = 13;
}
