package cn.gov.sed.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start a service that would trust the wrong identity (API.md, v1.1 "identity"). In the `prod`
 * profile (the default of a packaged service) the identity provider's key, issuer and audience must come from
 * `JWT_PUBLIC_KEY_LOCATION`, `JWT_ISSUER` and `JWT_AUDIENCE`, and the committed dev key is never accepted. The
 * `local`, `test` and `dev` profiles trust the dev key and set {@code sed.identity.require-provider=false}.
 */
@ApplicationScoped
public class IdentityCheck {
    private static final Logger LOG = Logger.getLogger(IdentityCheck.class);
    /** SHA-256 of the DER of the committed dev public key (deploy/local/jwt/publicKey.pem); a test keeps it true. */
    static final String DEV_KEY_SHA256 = "8d4aeac32310f94c8df47fdd7b15046179a2b427133a8afd21f8bfaacb767d9b";

    static final String NOT_CONFIGURED = "not-configured";

    @ConfigProperty(name = "sed.identity.require-provider", defaultValue = "true")
    boolean requireProvider;
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> key;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<List<String>> audiences;

    void check(@Observes StartupEvent event) {
        if (!requireProvider) {
            return;
        }
        String problem = problem(keyLocation.orElse(null), key.orElse(null), issuer.orElse(null),
                audiences.orElse(List.of()));
        if (problem != null) {
            String line = "refusing to start: " + problem;
            LOG.error(line);
            throw new IllegalStateException(line);
        }
    }

    /** Why this identity configuration may not run in production, or null when it may. */
    static String problem(String location, String inlineKey, String issuer, List<String> audiences) {
        // application.properties defaults the two to "not-configured" so that this check, not a config error of
        // the JWT extension, is what tells the operator
        location = NOT_CONFIGURED.equals(location) ? null : location;
        issuer = NOT_CONFIGURED.equals(issuer) ? null : issuer;
        if ((location == null || location.isBlank()) && (inlineKey == null || inlineKey.isBlank())) {
            return "JWT_PUBLIC_KEY_LOCATION is not set (the identity provider's JWKS URL or PEM key)";
        }
        if (issuer == null || issuer.isBlank()) {
            return "JWT_ISSUER is not set (the identity provider's issuer)";
        }
        if (audiences == null || audiences.stream().allMatch(String::isBlank)) {
            return "JWT_AUDIENCE is empty (the audience tokens for this suite carry, default sed)";
        }
        if (issuer.equals("sed-local")) {
            return "JWT_ISSUER is sed-local, the issuer of the committed dev key; production trusts the identity provider only";
        }
        String pem = inlineKey != null && !inlineKey.isBlank() ? inlineKey : readLocal(location);
        if (pem != null && isDevKey(pem)) {
            return "the configured public key is the committed dev key (deploy/local/jwt); production never trusts it";
        }
        return null;
    }

    static boolean isDevKey(String pem) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)).equals(DEV_KEY_SHA256);
        } catch (IllegalArgumentException | NoSuchAlgorithmException e) {
            return false; // not a PEM key (a JWKS document): not the dev key
        }
    }

    /** The key's text when it is a local file or a classpath resource; null for a URL (a JWKS endpoint). */
    private static String readLocal(String location) {
        try {
            if (location.startsWith("file:")) {
                return Files.readString(Path.of(URI.create(location.startsWith("file:/") ? location
                        : "file:" + Path.of(location.substring(5)).toAbsolutePath())));
            }
            if (location.startsWith("http:") || location.startsWith("https:")) {
                return null;
            }
            String resource = location.startsWith("classpath:") ? location.substring(10) : location;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            Path path = Path.of(resource);
            return Files.exists(path) ? Files.readString(path) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
