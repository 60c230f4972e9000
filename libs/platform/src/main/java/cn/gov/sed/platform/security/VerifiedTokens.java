package cn.gov.sed.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The bearer-token parser every service authenticates with: SmallRye JWT's own verification, remembered for a short
 * while per exact token. A client sends the same token with every request of a session; verifying its RS256 signature
 * each time was a third of a warm read's CPU (docs/benchmarks.md), so a token verified once is trusted again, as the
 * same string, until the earlier of {@code sed.security.verified-tokens.seconds} (60) and its own {@code exp}.
 * <p>
 * Only a token that passed every check is remembered, keyed by the whole string (header, claims and signature): a
 * changed byte anywhere is another key and is verified afresh; an expired token is never answered from here. At most
 * {@code sed.security.verified-tokens.size} (1,000) tokens are kept, the least used forgotten first, so a flood of
 * tokens costs a bounded few MB. {@code seconds=0} turns it off. Key rotation needs no flush: a token signed by the
 * old key stays trusted for at most the remembered seconds, within the lifetime its signature granted anyway.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {
    @ConfigProperty(name = "sed.security.verified-tokens.seconds", defaultValue = "60")
    long seconds;
    @ConfigProperty(name = "sed.security.verified-tokens.size", defaultValue = "1000")
    long size;

    private Cache<String, JsonWebToken> verified;

    @PostConstruct
    void remember() {
        verified = Caffeine.newBuilder().maximumSize(size)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> rememberedFor(jwt, seconds)))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (seconds <= 0 || token == null) {
            return super.parse(token);
        }
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = super.parse(token);
        if (!rememberedFor(jwt, seconds).isZero()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How long a verified token may be trusted again: up to {@code seconds}, never past its expiry; zero without one. */
    static Duration rememberedFor(JsonWebToken jwt, long seconds) {
        Object exp = jwt.getClaim("exp"); // not getExpirationTime(): it cannot say "none"
        if (!(exp instanceof Number n) || n.longValue() <= 0) {
            return Duration.ZERO;
        }
        long untilExpiry = TimeUnit.SECONDS.toMillis(n.longValue()) - System.currentTimeMillis();
        return Duration.ofMillis(Math.max(0, Math.min(untilExpiry, TimeUnit.SECONDS.toMillis(seconds))));
    }
}
