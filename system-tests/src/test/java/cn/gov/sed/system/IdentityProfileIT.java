package cn.gov.sed.system;

import cn.gov.sed.infra.EmbeddedPostgresServer;
import cn.gov.sed.infra.Ports;
import cn.gov.sed.infra.ServiceProcess;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service in its default profile, prod (API.md v1.1 "identity"): it refuses to start without the
 * identity provider's settings or with the committed dev key, saying why in one line; with a provider's key,
 * issuer and audience it starts, accepts only tokens of that provider for that audience, and logs JSON lines.
 */
class IdentityProfileIT {
    private static final Path LOGS = Paths.get("target", "system-tests");
    private static final Path ROOT = Paths.get(System.getProperty("sed.project.root", "..")).toAbsolutePath().normalize();

    @Test
    void prodRefusesToStartWithoutTheProvidersSettings() throws Exception {
        Process process = startProd("no-identity", Map.of());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the service exits by itself");
        assertNotEquals(0, process.exitValue());
        assertTrue(log("no-identity").contains("refusing to start: JWT_PUBLIC_KEY_LOCATION is not set"), log("no-identity"));
    }

    @Test
    void prodRefusesTheCommittedDevKey() throws Exception {
        Process process = startProd("dev-key", Map.of("JWT_PUBLIC_KEY_LOCATION",
                "file:" + ROOT.resolve("deploy/local/jwt/publicKey.pem"), "JWT_ISSUER", "https://idp.example.gov.cn/sed"));
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the service exits by itself");
        assertTrue(log("dev-key").contains("refusing to start: the configured public key is the committed dev key"),
                log("dev-key"));
    }

    @Test
    void prodAcceptsOnlyTheProvidersTokensForItsAudience() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair provider = generator.generateKeyPair();
        Path publicKey = Files.createTempFile("idp", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(provider.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        int port = Ports.free();
        Process process = startProd("provider", Map.of("JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey,
                "JWT_ISSUER", "https://idp.example.gov.cn/sed", "JWT_AUDIENCE", "sed", "QUARKUS_HTTP_PORT",
                String.valueOf(port)));
        try {
            ServiceProcess.awaitReady("task-service (prod)", port, process, Duration.ofSeconds(180), LOGS.resolve("provider.log"));
            String url = "http://localhost:" + port + "/api/v1/tasks";
            String withAudience = Jwt.issuer("https://idp.example.gov.cn/sed").subject("city-staff").groups(Set.of("city"))
                    .audience("sed").expiresIn(Duration.ofMinutes(10)).sign(provider.getPrivate());
            String withoutAudience = Jwt.issuer("https://idp.example.gov.cn/sed").subject("city-staff")
                    .groups(Set.of("city")).expiresIn(Duration.ofMinutes(10)).sign(provider.getPrivate());
            given().auth().oauth2(withAudience).get(url).then().statusCode(200);
            given().auth().oauth2(withoutAudience).get(url).then().statusCode(401);
            given().auth().oauth2(Tokens.city()).get(url).then().statusCode(401); // the dev key is not trusted

            // prod logs one JSON object a line (with the MDC's traceId inside a trace: TracePropagationIT), no text line
            List<String> lines = Files.readAllLines(LOGS.resolve("provider.log")).stream().filter(l -> !l.isBlank()).toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"timestamp\":") && l.contains("\"level\":\"INFO\"")
                    && l.contains("\"loggerName\":\"io.quarkus\"") && l.endsWith("}")), String.join("\n", lines));
            assertTrue(lines.stream().noneMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} .*")),
                    String.join("\n", lines));
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** The packaged task-service with no profile set (prod), on a database of its own in the suite's server. */
    private static Process startProd(String name, Map<String, String> identity) throws Exception {
        RunningSuite suite = RunningSuite.get();
        String admin = "jdbc:postgresql://127.0.0.1:" + suite.postgresPort() + "/postgres";
        String database = "prod_" + name.replace('-', '_');
        EmbeddedPostgresServer.Databases.ensure(admin, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, database);
        Files.createDirectories(LOGS);
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", ROOT.resolve("task-service/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("JWT_") || k.startsWith("QUARKUS_") || k.startsWith("SED_"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(Ports.free()));
        env.put("DB_URL", EmbeddedPostgresServer.Databases.url(admin, database));
        env.put("DB_USER", EmbeddedPostgresServer.USER);
        env.put("DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        // no broker at all: it must not join the suite's consumer groups, and readiness does not need Kafka anyway
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + Ports.free());
        env.putAll(identity);
        Process process = pb.start();
        assertFalse(process.waitFor(1, TimeUnit.MILLISECONDS) && process.exitValue() == 0);
        return process;
    }

    private static String log(String name) throws Exception {
        return Files.readString(LOGS.resolve(name + ".log"));
    }
}
