package cn.gov.sed.notification.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's account per social channel: {@code sed.publicity.channels.<wechat|weibo|douyin>.url} (the webhook
 * the post goes to) and {@code .token} (sent as a bearer token). A channel without a URL is not configured: its posts
 * are recorded as skipped. Channel URLs are operator configuration, trusted as such (not the webhook target policy).
 */
@ApplicationScoped
public class ChannelAccounts {
    /** One configured account. */
    public record Account(Channel channel, URI url, String token) {
        @Override
        public String toString() {
            return channel + " " + url; // never the token
        }
    }

    @Inject
    Config config;

    public Optional<Account> account(Channel channel) {
        if (!channel.social()) {
            return Optional.empty();
        }
        String prefix = "sed.publicity.channels." + channel.name().toLowerCase(Locale.ROOT) + ".";
        return config.getOptionalValue(prefix + "url", String.class).filter(u -> !u.isBlank())
                .map(u -> new Account(channel, URI.create(u.trim()),
                        config.getOptionalValue(prefix + "token", String.class).orElse("")));
    }

    /** The social channels with an account. */
    public Set<Channel> configured() {
        Set<Channel> configured = EnumSet.noneOf(Channel.class);
        for (Channel c : Channel.values()) {
            account(c).ifPresent(a -> configured.add(c));
        }
        return configured;
    }
}
