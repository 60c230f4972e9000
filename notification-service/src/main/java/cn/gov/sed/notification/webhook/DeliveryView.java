package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Delivery", description = "one event posted to one webhook; status PENDING 待投递, DELIVERED 已投递, FAILED 投递失败, REFUSED 已拒绝投递 (not sent: the target is not a public address)")
public record DeliveryView(UUID id, UUID subscriptionId, String eventId, String eventType, String subject,
                           DeliveryStatus status, int attempts,
                           @Schema(nullable = true, description = "the HTTP status of the last attempt; null before the"
                                   + " first attempt or when the last one got no HTTP answer") Integer lastStatusCode,
                           @Schema(nullable = true, description = "why the last attempt failed; null before the first"
                                   + " attempt or when the last one succeeded")
                           String lastError,
                           OffsetDateTime nextAttemptAt, OffsetDateTime createdAt,
                           @Schema(nullable = true, description = "when the receiver first accepted it; null until then"
                                   + " (kept when it is sent again by hand)")
                           OffsetDateTime deliveredAt) {
    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.subscriptionId, d.eventId, d.eventType, d.ceSubject, d.status, d.attempts,
                d.lastStatusCode, d.lastError, Zones.shanghai(d.nextAttemptAt), Zones.shanghai(d.createdAt),
                Zones.shanghai(d.deliveredAt));
    }
}
