package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.OutboundMetrics;
import cn.gov.sed.notification.webhook.Backoff;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the posts publishing recorded to the social channels, outside any transaction: lease due posts (a short
 * transaction), post each through its channel's adapter, record the outcome (another short transaction): posted, or
 * failed and retried with exponential back-off and jitter until the last attempt. The webhook dispatcher's shape,
 * with its {@link Backoff}; posts are few, so they are sent one after another on the scheduler's thread.
 */
@ApplicationScoped
public class ChannelPostDispatcher {
    private static final Logger LOG = Logger.getLogger(ChannelPostDispatcher.class);

    @Inject
    OutboundMetrics metrics;
    @Inject
    ChannelPostLedger ledger;
    @Inject
    ChannelAccounts accounts;
    @Inject
    Instance<SocialChannel> adapters;
    @Inject
    Clock clock;

    @ConfigProperty(name = "sed.publicity.channels.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "sed.publicity.channels.backoff", defaultValue = "PT30S")
    Duration backoff;
    @ConfigProperty(name = "sed.publicity.channels.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;
    @ConfigProperty(name = "sed.publicity.channels.deadline", defaultValue = "PT10S")
    Duration deadline;
    @ConfigProperty(name = "sed.publicity.channels.batch", defaultValue = "10")
    int batch;
    /** Where the public page lives (e.g. https://sed.example.gov.cn), for the link in a post; none when empty. */
    @ConfigProperty(name = "sed.publicity.public-base-url")
    Optional<String> publicBaseUrl;

    /** This replica's name on its leases. */
    private final String owner = "channels-" + UUID.randomUUID();

    @Scheduled(every = "${sed.publicity.channels.every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        // a lease outlives every attempt of the batch comfortably: it runs out only when this replica is gone
        Duration lease = deadline.plusSeconds(5).multipliedBy(batch).plusSeconds(30);
        List<ChannelPostLedger.Due> due = ledger.claim(batch, owner, clock.instant(), lease);
        Map<Channel, SocialChannel> byChannel = new EnumMap<>(Channel.class);
        adapters.forEach(a -> byChannel.put(a.channel(), a));
        for (ChannelPostLedger.Due d : due) {
            attempt(d, byChannel.get(d.channel()));
        }
    }

    private void attempt(ChannelPostLedger.Due d, SocialChannel adapter) {
        try {
            Optional<ChannelAccounts.Account> account = accounts.account(d.channel());
            SocialChannel.Outcome outcome;
            if (adapter == null || account.isEmpty()) {
                // the operator removed the account after publishing: fail, retry (it may come back), then give up
                outcome = SocialChannel.Outcome.failed(null, null, "no account configured for " + d.channel());
            } else {
                outcome = adapter.post(account.get(), post(d));
            }
            Instant now = clock.instant();
            int attempts = d.attempts() + 1;
            ChannelPostRules.Action action = ChannelPostRules.afterAttempt(outcome.accepted(), attempts, maxAttempts);
            metrics.channelAttempt(d.channel().name(), outcome.accepted() ? null
                    : action == ChannelPostRules.Action.GIVE_UP ? OutboundMetrics.GIVEN_UP : OutboundMetrics.RETRY);
            Instant next = action == ChannelPostRules.Action.BACK_OFF
                    ? now.plus(Backoff.withJitter(attempts, backoff, maxBackoff, ThreadLocalRandom.current())) : null;
            if (action == ChannelPostRules.Action.GIVE_UP) {
                LOG.warnf("publication %s: %s post given up after %d attempts: %s", d.publicationId(), d.channel(),
                        attempts, outcome.error());
            }
            ledger.record(d, owner, action, outcome, now, next);
        } catch (RuntimeException e) {
            // the lease runs out and the post is attempted again later
            LOG.errorf(e, "publication %s: could not record the %s post's attempt", d.publicationId(), d.channel());
        }
    }

    private OutgoingPost post(ChannelPostLedger.Due d) {
        String link = publicBaseUrl.filter(u -> !u.isBlank())
                .map(u -> u.replaceAll("/+$", "") + "/public/publications/" + d.publicationId()).orElse(null);
        return new OutgoingPost(d.id(), d.publicationId(), d.channel(), d.type(), PublicText.clean(d.title()),
                PublicText.clean(d.body()), link, d.publishedAt());
    }
}
