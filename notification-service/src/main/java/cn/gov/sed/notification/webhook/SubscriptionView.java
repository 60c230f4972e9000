package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Subscription", description = "a webhook; the secret is never returned")
public record SubscriptionView(UUID id, String url, List<String> eventTypes,
                               @Schema(nullable = true, description = "the subscribing department's code; null for the"
                                       + " city's subscriptions") String ownerDepartment,
                               @Schema(nullable = true, description = "the subscribing department's district; null for the"
                                       + " city's and a city-level department's subscriptions") String ownerDistrict,
                               OffsetDateTime createdAt, long version) implements Versioned {
    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.url, s.eventTypeList(), s.ownerDepartment, s.ownerDistrict,
                Zones.shanghai(s.createdAt), s.version);
    }
}
