package cn.gov.sed.notification.inbox;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.notification.routing.RecipientType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Notification", description = "a message in the caller's inbox; readAt is the caller's own read state")
public record NotificationView(
        UUID id,
        @Schema(description = "the event name, e.g. HazardRegistered") String type,
        @Schema(description = "the hazard, task, inspection or unit id") String subject,
        String title,
        String body,
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "when the caller read it; null while unread") OffsetDateTime readAt,
        @Schema(description = "USER 用户, UNIT 单位, DEPARTMENT 部门, ROLE 岗位") RecipientType recipientType,
        String recipient,
        @Schema(nullable = true, description = "the district of the matter (6-digit code); null for a user, a unit,"
                + " the city, or a city-level department's notification") String district) {

    static NotificationView of(Notification n, Instant readAt) {
        return new NotificationView(n.id, n.type, n.subject, n.title, n.body, Zones.shanghai(n.createdAt),
                Zones.shanghai(readAt), n.recipientType, n.recipient, n.district);
    }
}
