package cn.gov.sed.platform.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production identity rules, without Quarkus. */
class IdentityCheckTest {
    private static final Path DEV_KEY = Path.of("../../deploy/local/jwt/publicKey.pem").toAbsolutePath().normalize();

    @Test
    void theFingerprintIsTheCommittedDevKeys() throws Exception {
        assertTrue(IdentityCheck.isDevKey(Files.readString(DEV_KEY)), "DEV_KEY_SHA256 no longer matches " + DEV_KEY);
    }

    @Test
    void productionWithoutTheProvidersSettingsIsRefusedWithTheMissingName() {
        assertTrue(IdentityCheck.problem(null, null, "https://idp.example/realms/sed", List.of("sed"))
                .contains("JWT_PUBLIC_KEY_LOCATION"));
        assertTrue(IdentityCheck.problem("https://idp.example/jwks", null, "", List.of("sed")).contains("JWT_ISSUER"));
        assertTrue(IdentityCheck.problem("not-configured", null, "not-configured", List.of("sed"))
                .contains("JWT_PUBLIC_KEY_LOCATION"));
        assertTrue(IdentityCheck.problem("https://idp.example/jwks", null, "https://idp.example", List.of())
                .contains("JWT_AUDIENCE"));
    }

    @Test
    void productionNeverTrustsTheDevKeyOrItsIssuer() {
        assertTrue(IdentityCheck.problem("file:" + DEV_KEY, null, "https://idp.example", List.of("sed"))
                .contains("dev key"));
        assertTrue(IdentityCheck.problem("https://idp.example/jwks", null, "sed-local", List.of("sed"))
                .contains("sed-local"));
    }

    @Test
    void aProvidersJwksAndIssuerAreAccepted() throws Exception {
        assertNull(IdentityCheck.problem("https://idp.example/realms/sed/protocol/openid-connect/certs", null,
                "https://idp.example/realms/sed", List.of("sed")));
        Path other = Files.createTempFile("other", ".pem");
        Files.writeString(other, "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n");
        assertNull(IdentityCheck.problem("file:" + other, null, "https://idp.example", List.of("sed")));
        assertFalse(IdentityCheck.isDevKey("not a key"));
    }
}
