package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.notification.routing.RecipientType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Message", description = "one e-mail or SMS to one recipient about one event; status PENDING 待发送"
        + " (waiting, retrying or held by quiet hours), SENT 已发送, FAILED 发送失败")
public record MessageView(UUID id, String eventId,
                          @Schema(description = "the event name, as the inbox type") String eventType,
                          @Schema(nullable = true, description = "the hazard, task, inspection or unit id") String subject,
                          MessageChannel channel, RecipientType recipientType, String recipient,
                          @Schema(nullable = true) String district,
                          @Schema(description = "the e-mail address or phone number") String address,
                          @Schema(description = "the e-mail subject; for SMS the gateway's template id") String title,
                          @Schema(description = "the text the recipient reads (SMS: with its signature)") String body,
                          MessageStatus status, int attempts, OffsetDateTime nextAttemptAt,
                          @Schema(nullable = true, description = "an SMS held by quiet hours goes out at this time;"
                                  + " null when it was not held") OffsetDateTime heldUntil,
                          @Schema(nullable = true, description = "what the SMS gateway answered to the last attempt"
                                  + " (HTTP status and body); null for e-mail and before the first attempt")
                          String gatewayAnswer,
                          @Schema(nullable = true, description = "why the last attempt failed; null when it did not")
                          String lastError,
                          OffsetDateTime createdAt,
                          @Schema(nullable = true, description = "when the SMTP server or gateway accepted it")
                          OffsetDateTime sentAt) {
    static MessageView of(OutboundMessage m) {
        return new MessageView(m.id, m.eventId, m.eventType, m.subject, m.channel, m.recipientType, m.recipient,
                m.district, m.address, m.title, m.body, m.status, m.attempts, Zones.shanghai(m.nextAttemptAt),
                Zones.shanghai(m.heldUntil), m.gatewayAnswer, m.lastError, Zones.shanghai(m.createdAt),
                Zones.shanghai(m.sentAt));
    }
}
