package cn.gov.sed.local;

import cn.gov.sed.infra.EmbeddedKafkaBroker;
import cn.gov.sed.infra.EmbeddedPostgresServer;
import cn.gov.sed.infra.Ports;
import cn.gov.sed.infra.ServiceProcess;
import io.smallrye.jwt.build.Jwt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar deploy/local/target/local-suite.jar training <dir>}: what the training run of a service's class
 * archive needs beside it while {@code deploy/images/build} builds the image (docs/footprint.md, seventh pass: an
 * archive written by a start that reached its database and broker, and served some reads, halves the start).
 * <ul>
 *   <li>PostgreSQL (embedded, in {@code <dir>/postgres}) with the four services' databases, and a Kafka broker
 *       (in-process KRaft, {@code <dir>/kafka}), each on a free port;</li>
 *   <li>a key pair made for this run only (never the committed dev key, which the {@code prod} profile refuses):
 *       {@code <dir>/publicKey.pem}, and a city token signed with it, issuer {@code sed-training}, audience
 *       {@code sed}, valid for two hours ({@code <dir>/token});</li>
 *   <li>per service, the environment it starts with in the {@code prod} profile, as a pod gives it
 *       ({@code <dir>/<service>.env}, shell syntax): {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD},
 *       {@code KAFKA_BOOTSTRAP_SERVERS}, {@code JWT_PUBLIC_KEY_LOCATION} (the key as the image build mounts it, at
 *       {@code /target/training/publicKey.pem}), {@code JWT_ISSUER}, {@code JWT_AUDIENCE} and a free
 *       {@code QUARKUS_HTTP_PORT}.</li>
 * </ul>
 * Writes {@code <dir>/ready} when all is up, then runs until stopped (SIGTERM), when it stops the broker and the
 * database. Nothing of it goes into an image: the build copies what the training needs into the service's {@code target/training}, mounted for the training step only.
 */
final class TrainingStack {
    static final String ISSUER = "sed-training";
    static final String AUDIENCE = "sed";
    /** Where the image build mounts the directory during the training step (Dockerfile.jvm). */
    static final String MOUNTED_AT = "/target/training";

    private TrainingStack() {
    }

    static void run(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("ready"));
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), Ports.free(),
                dir.resolve("postgres.log"));
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), Ports.free());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            postgres.close();
        }, "training-stack-stop"));

        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Files.writeString(dir.resolve("publicKey.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Files.writeString(dir.resolve("token"), Jwt.issuer(ISSUER).audience(AUDIENCE).subject("training-city")
                .upn("training-city").groups(Set.of("city")).expiresIn(Duration.ofHours(2)).sign(keys.getPrivate()));

        String adminUrl = postgres.jdbcUrl("postgres");
        for (String service : LocalSuite.SERVICES.keySet()) {
            String database = service.replace("-service", "");
            EmbeddedPostgresServer.Databases.ensure(adminUrl, EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD, database);
            Map<String, String> env = ServiceProcess.connections(EmbeddedPostgresServer.Databases.url(adminUrl, database),
                    EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, broker.bootstrapServers());
            env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + MOUNTED_AT + "/publicKey.pem");
            env.put("JWT_ISSUER", ISSUER);
            env.put("JWT_AUDIENCE", AUDIENCE);
            env.put("QUARKUS_HTTP_PORT", String.valueOf(Ports.free()));
            Files.writeString(dir.resolve(service + ".env"), shell(env));
        }
        Files.writeString(dir.resolve("ready"), "");
        LocalSuite.say("training stack ready in " + dir + " (PostgreSQL " + adminUrl + ", Kafka "
                + broker.bootstrapServers() + "); stop it with SIGTERM");
        Thread.currentThread().join(); // until SIGTERM, whose shutdown hook stops the broker and the database
    }

    /** KEY='value' lines a POSIX shell reads with {@code set -a; . file}. */
    static String shell(Map<String, String> env) {
        StringBuilder lines = new StringBuilder();
        env.forEach((key, value) -> lines.append(key).append("='").append(value.replace("'", "'\\''")).append("'\n"));
        return lines.toString();
    }
}
