package cn.gov.sed.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts what notification-service sends out, one attempt at a time: webhook deliveries, e-mail and SMS messages,
 * posts on the social channels. Every attempt is counted in {@code sed_webhook_delivery_attempts_total} or
 * {@code sed_channel_attempts_total{channel}}; each one that did not go through also in
 * {@code sed_webhook_delivery_failures_total{outcome}} or {@code sed_channel_failures_total{channel, outcome}},
 * the outcome being {@code retry} (tried again after a back-off), {@code given_up} (its last attempt: the delivery
 * is FAILED for good) or {@code refused} (a webhook whose address is not public: never sent). All labels come from
 * closed lists, so the series stay few.
 */
@ApplicationScoped
public class OutboundMetrics {
    public static final String RETRY = "retry";
    public static final String GIVEN_UP = "given_up";
    public static final String REFUSED = "refused";

    @Inject
    MeterRegistry meters;

    /** One webhook delivery attempt; {@code failure} is null when the receiver answered 2xx. */
    public void webhookAttempt(String failure) {
        Counter.builder("sed.webhook.delivery.attempts").description("webhook delivery attempts")
                .register(meters).increment();
        if (failure != null) {
            Counter.builder("sed.webhook.delivery.failures")
                    .description("webhook delivery attempts that did not deliver, by what happens next")
                    .tag("outcome", failure).register(meters).increment();
        }
    }

    /** One attempt on an outbound channel (EMAIL, SMS, WECHAT, WEIBO, DOUYIN); {@code failure} null when accepted. */
    public void channelAttempt(String channel, String failure) {
        Counter.builder("sed.channel.attempts").description("e-mail, SMS and social-channel sending attempts")
                .tag("channel", channel).register(meters).increment();
        if (failure != null) {
            Counter.builder("sed.channel.failures")
                    .description("sending attempts the channel did not accept, by what happens next")
                    .tag("channel", channel).tag("outcome", failure).register(meters).increment();
        }
    }
}
