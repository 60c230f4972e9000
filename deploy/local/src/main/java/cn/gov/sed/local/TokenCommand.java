package cn.gov.sed.local;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./run token --role inspector --district 120101 [--uscc …] [--department …] [--sub …] [--hours 8]}:
 * prints a token signed with the committed dev key (trusted only by the local suite and the tests).
 */
final class TokenCommand {
    private static final Set<String> ROLES = Set.of("city", "district-admin", "inspector", "department", "unit");

    private TokenCommand() {
    }

    static String mint(Path root, Map<String, String> options) throws Exception {
        String role = options.getOrDefault("role", "city");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("--role must be one of " + ROLES);
        }
        String district = options.get("district");
        String sub = options.getOrDefault("sub", role + (district == null ? "" : "-" + district));
        JwtClaimsBuilder claims = Jwt.issuer("sed-local").subject(sub).upn(sub).groups(Set.of(role))
                .expiresIn(Duration.ofHours(Long.parseLong(options.getOrDefault("hours", "8"))));
        if (district != null) {
            claims.claim("district", district);
        }
        if (options.get("uscc") != null) {
            claims.claim("uscc", options.get("uscc"));
        }
        if (options.get("department") != null) {
            claims.claim("department", options.get("department"));
        }
        return claims.sign(privateKey(root.resolve("deploy/local/jwt/privateKey.pem")));
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
