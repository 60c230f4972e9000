package cn.gov.sed.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How long a verified token is trusted again without verifying its signature (the HTTP side: VerifiedTokensTest in hazard-service). */
class VerifiedTokensTest {

    @Test
    void aTokenValidForHoursIsRememberedForTheConfiguredSecondsOnly() {
        assertEquals(Duration.ofSeconds(60), VerifiedTokens.rememberedFor(expiringIn(Duration.ofHours(8)), 60));
        assertEquals(Duration.ofSeconds(5), VerifiedTokens.rememberedFor(expiringIn(Duration.ofHours(8)), 5));
    }

    @Test
    void aTokenAboutToExpireIsNeverRememberedPastItsExpiry() {
        Duration remembered = VerifiedTokens.rememberedFor(expiringIn(Duration.ofSeconds(10)), 60);
        assertTrue(remembered.compareTo(Duration.ofSeconds(10)) <= 0, remembered.toString());
        assertTrue(remembered.compareTo(Duration.ofSeconds(8)) >= 0, remembered.toString());
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotRemembered() {
        // accepted by the verifier within its clock skew, but never answered from memory
        assertEquals(Duration.ZERO, VerifiedTokens.rememberedFor(expiringIn(Duration.ofSeconds(-30)), 60));
        assertEquals(Duration.ZERO, VerifiedTokens.rememberedFor(token(null), 60));
    }

    private static JsonWebToken expiringIn(Duration d) {
        return token(Instant.now().plus(d).getEpochSecond());
    }

    private static JsonWebToken token(Long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return exp == null ? Set.of() : Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) exp : null;
            }
        };
    }
}
