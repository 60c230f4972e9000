package cn.gov.sed.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

/**
 * A service of the suite run from its packaged jar ({@code <service>/target/quarkus-app/quarkus-run.jar}) in the
 * {@code local} profile: the settings production reads from the environment, but trusting the committed dev key
 * (which the {@code prod} profile refuses).
 * Used by the local suite ({@code ./run}), the system tests and the benchmarks.
 */
public final class ServiceProcess {
    private ServiceProcess() {
    }

    /** Starts the service; its output is appended to {@code log}. */
    public static Process start(Path root, String service, int port, String jdbcUrl, String dbUser, String dbPassword,
                                String kafkaBootstrap, Path log, String maxHeap) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn -DskipTests install)");
        }
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_PROFILE", "local");
        env.put("SED_DEV_KEY", "file:" + root.toAbsolutePath().resolve("deploy/local/jwt/publicKey.pem"));
        return pb.start();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails when the process exits or the time runs out. */
    public static void awaitReady(String service, int port, Process process, Duration timeout, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service, e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service, e);
            }
        }
        throw new IllegalStateException(service + " did not become ready; see " + log);
    }
}
