package cn.gov.sed.notification.contacts;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Contact", description = "where one addressee is reached by e-mail and SMS, and what it accepts")
public record ContactView(UUID id, RecipientType recipientType, String recipient,
                         @Schema(nullable = true, description = "null for the city role and city-level departments")
                         String district,
                         @Schema(nullable = true) String name,
                         @Schema(nullable = true) String email,
                         @Schema(nullable = true) String phone,
                         List<MessageChannel> channels, String updatedBy, OffsetDateTime updatedAt, long version)
        implements Versioned {
    static ContactView of(Contact c) {
        return new ContactView(c.id, c.recipientType, c.recipient, c.district, c.name, c.email, c.phone,
                c.channelSet().stream().sorted().toList(), c.updatedBy, Zones.shanghai(c.updatedAt), c.version);
    }
}
