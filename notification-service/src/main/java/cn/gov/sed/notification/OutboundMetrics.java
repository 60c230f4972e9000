package cn.gov.sed.notification;

import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.notification.publicity.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Registers every series at 0 at start: Prometheus sees a counter's first increment only when the series existed
     * before it, and the dashboard shows a flat line rather than nothing.
     */
    void registerAtZero(@Observes StartupEvent event) {
        attempts();
        for (String outcome : List.of(RETRY, GIVEN_UP, REFUSED)) {
            failures(outcome);
        }
        List<String> channels = new ArrayList<>();
        Arrays.stream(MessageChannel.values()).forEach(c -> channels.add(c.name()));
        Arrays.stream(Channel.values()).filter(c -> c != Channel.WEBSITE).forEach(c -> channels.add(c.name()));
        for (String channel : channels) {
            channelAttempts(channel);
            channelFailures(channel, RETRY);
            channelFailures(channel, GIVEN_UP);
        }
    }

    /** One webhook delivery attempt; {@code failure} is null when the receiver answered 2xx. */
    public void webhookAttempt(String failure) {
        attempts().increment();
        if (failure != null) {
            failures(failure).increment();
        }
    }

    /** One attempt on an outbound channel (EMAIL, SMS, WECHAT, WEIBO, DOUYIN); {@code failure} null when accepted. */
    public void channelAttempt(String channel, String failure) {
        channelAttempts(channel).increment();
        if (failure != null) {
            channelFailures(channel, failure).increment();
        }
    }

    private Counter attempts() {
        return Counter.builder("sed.webhook.delivery.attempts").description("webhook delivery attempts")
                .register(meters);
    }

    private Counter failures(String outcome) {
        return Counter.builder("sed.webhook.delivery.failures")
                .description("webhook delivery attempts that did not deliver, by what happens next")
                .tag("outcome", outcome).register(meters);
    }

    private Counter channelAttempts(String channel) {
        return Counter.builder("sed.channel.attempts").description("e-mail, SMS and social-channel sending attempts")
                .tag("channel", channel).register(meters);
    }

    private Counter channelFailures(String channel, String outcome) {
        return Counter.builder("sed.channel.failures")
                .description("sending attempts the channel did not accept, by what happens next")
                .tag("channel", channel).tag("outcome", outcome).register(meters);
    }
}
