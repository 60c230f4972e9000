package cn.gov.sed.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints RS256 tokens signed with the committed dev key ({@code deploy/local/jwt/privateKey.pem}, issuer
 * {@code sed-local}) for every role of API.md, and the bad tokens the 401 tests need.
 */
public final class Tokens {
    public static final String ISSUER = "sed-local";

    private Tokens() {
    }

    public static String city() {
        return builder("city-staff", "city").sign(devKey());
    }

    public static String districtAdmin(String district) {
        return builder("admin-" + district, "district-admin").claim("district", district).sign(devKey());
    }

    public static String inspector(String district) {
        return inspector(district, "inspector-" + district);
    }

    public static String inspector(String district, String sub) {
        return builder(sub, "inspector").claim("district", district).sign(devKey());
    }

    /** A department (industry authority); {@code district} null for a city-level one. */
    public static String department(String department, String district) {
        JwtClaimsBuilder b = builder("dept-" + department + (district == null ? "" : "-" + district), "department")
                .claim("department", department);
        if (district != null) {
            b.claim("district", district);
        }
        return b.sign(devKey());
    }

    public static String unit(String uscc) {
        return builder("unit-" + uscc, "unit").claim("uscc", uscc).sign(devKey());
    }

    /** A token for any role and claims, for tables of cases. */
    public static String of(String sub, String role, String district, String uscc, String department) {
        JwtClaimsBuilder b = builder(sub, role);
        if (district != null) {
            b.claim("district", district);
        }
        if (uscc != null) {
            b.claim("uscc", uscc);
        }
        if (department != null) {
            b.claim("department", department);
        }
        return b.sign(devKey());
    }

    public static String expired(String district) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return Jwt.issuer(ISSUER).subject("expired").groups(Set.of("district-admin")).claim("district", district)
                .issuedAt(past.minus(Duration.ofHours(1))).expiresAt(past).sign(devKey());
    }

    public static String wrongIssuer(String district) {
        return Jwt.issuer("someone-else").subject("x").groups(Set.of("district-admin")).claim("district", district)
                .expiresIn(Duration.ofHours(1)).sign(devKey());
    }

    public static String signedByAnotherKey(String district) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder("forger", "district-admin").claim("district", district)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) claiming the city role. */
    public static String algNone() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        long exp = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        String body = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"x\",\"groups\":[\"city\"],\"exp\":"
                + exp + "}").getBytes());
        return header + "." + body + ".";
    }

    private static JwtClaimsBuilder builder(String sub, String role) {
        return Jwt.issuer(ISSUER).subject(sub).upn(sub).groups(Set.of(role)).claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofHours(8));
    }

    private static PrivateKey cachedKey;

    /** The committed dev private key, found by walking up from the working directory. */
    public static synchronized PrivateKey devKey() {
        if (cachedKey == null) {
            cachedKey = readKey(findKeyDir().resolve("privateKey.pem"));
        }
        return cachedKey;
    }

    public static Path findKeyDir() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("deploy/local/jwt");
            if (Files.exists(candidate.resolve("privateKey.pem"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("deploy/local/jwt/privateKey.pem not found above " + Paths.get("").toAbsolutePath());
    }

    static PrivateKey readKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dev private key " + pem, e);
        }
    }
}
