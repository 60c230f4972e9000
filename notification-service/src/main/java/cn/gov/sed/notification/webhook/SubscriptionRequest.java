package cn.gov.sed.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A webhook: {@code url} (https; http only for allow-listed hosts), the event names it wants, and the secret its
 * signatures use.
 */
@Schema(description = "a webhook: where to post, which events, and the secret of its signatures")
public record SubscriptionRequest(
        @NotBlank @Size(max = MAX_URL)
        @Schema(description = "https, on a public host (http only for allow-listed hosts)",
                examples = "https://webhooks.example.org/tianjin/sed-events") String url,
        @NotEmpty @Size(max = MAX_EVENT_TYPES)
        @Schema(description = "event names of the catalogue (a department: hazard events only)",
                examples = "[\"HazardRegistered\", \"HazardRemoved\", \"RectificationVerified\"]")
        List<@NotBlank @Size(max = 60) String> eventTypes,
        @NotBlank @Size(min = 16, max = 200)
        @Schema(description = "the HMAC-SHA256 key of the signatures; never returned",
                examples = "k3Vq9ZrT7pLx2MwN8sYb4HdF") String secret) {

    public static final int MAX_URL = 2000;
    /** The number of event types of the catalogue ({@code EventType}); a unit test keeps them equal. */
    public static final int MAX_EVENT_TYPES = 15;
}
