package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Delivery", description = "one event posted to one webhook; status PENDING 待投递, DELIVERED 已投递, FAILED 投递失败")
public record DeliveryView(UUID id, UUID subscriptionId, String eventId, String eventType, String subject,
                           DeliveryStatus status, int attempts, Integer lastStatusCode, String lastError,
                           OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime deliveredAt) {
    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.subscriptionId, d.eventId, d.eventType, d.ceSubject, d.status, d.attempts,
                d.lastStatusCode, d.lastError, Zones.shanghai(d.nextAttemptAt), Zones.shanghai(d.createdAt),
                Zones.shanghai(d.deliveredAt));
    }
}
