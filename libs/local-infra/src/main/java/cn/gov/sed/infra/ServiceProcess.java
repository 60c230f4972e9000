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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service of the suite run from its packaged jar ({@code <service>/target/quarkus-app/quarkus-run.jar}) in the
 * {@code local} profile: the settings production reads from the environment, but trusting the committed dev key
 * (which the {@code prod} profile refuses).
 * <p>
 * The JVM settings are the service's own {@code src/main/jvm/jvm.options} (a java {@code @argfile}), the very file its
 * container image runs with, so ./run, the system tests, the benchmarks and production measure the same JVM.
 * Used by the local suite ({@code ./run}), the system tests and the benchmarks.
 */
public final class ServiceProcess {
    private ServiceProcess() {
    }

    /** The JVM settings of a service: the same file its Dockerfile copies into the image. */
    public static Path jvmOptions(Path root, String service) {
        return root.resolve(service).resolve("src/main/jvm/jvm.options");
    }

    /** Starts the service with its own JVM settings ({@link #jvmOptions}); its output is appended to {@code log}. */
    public static Process start(Path root, String service, int port, String jdbcUrl, String dbUser, String dbPassword,
                                String kafkaBootstrap, Path log) throws IOException {
        return start(root, service, port, jdbcUrl, dbUser, dbPassword, kafkaBootstrap, log, Map.of());
    }

    /** As above, with {@code extraEnvironment} added last (e.g. an OTLP exporter for a test that reads traces). */
    public static Process start(Path root, String service, int port, String jdbcUrl, String dbUser, String dbPassword,
                                String kafkaBootstrap, Path log, Map<String, String> extraEnvironment) throws IOException {
        Map<String, String> env = environment(root, jdbcUrl, dbUser, dbPassword, kafkaBootstrap);
        env.putAll(extraEnvironment);
        return launch(root, service, Jvm.current(), port, log, env);
    }

    /**
     * Which java runs a service, from which packaging, with which class archive option: by default the JDK running
     * this code, {@code quarkus-app} (fast-jar) and its own {@code jvm.options} as they are (AppCDS, written by
     * {@code mvn package} with that JDK).
     */
    public record Jvm(Path javaHome, String appDirectory, List<String> archiveOptions) {
        public static Jvm current() {
            return new Jvm(Paths.get(System.getProperty("java.home")), "quarkus-app", null);
        }

        /**
         * {@code javaHome}'s java from the {@code aot-jar} packaging in {@code target/quarkus-aot}, which puts every
         * class on the JDK's own class path, where the JDK's class archives can hold them (fast-jar loads them
         * through Quarkus's own class loader), with {@code archiveOptions} in place of the AppCDS line of
         * {@code jvm.options} (whose archive was written for quarkus-app): e.g. {@code -XX:ArchiveClassesAtExit=…} or
         * {@code -XX:AOTCacheOutput=app.aot} for a training run, {@code -XX:SharedArchiveFile=…} or
         * {@code -XX:AOTCache=app.aot} after it (JDK 25 refuses an AppCDS archive beside an AOT cache).
         */
        public static Jvm aot(Path javaHome, List<String> archiveOptions) {
            return new Jvm(javaHome, "quarkus-aot", List.copyOf(archiveOptions));
        }
    }

    /** As {@link #start}, on another JDK or packaging ({@link Jvm#aot}). */
    public static Process start(Path root, String service, Jvm jvm, int port, String jdbcUrl, String dbUser,
                                String dbPassword, String kafkaBootstrap, Path log) throws IOException {
        return launch(root, service, jvm, port, log, environment(root, jdbcUrl, dbUser, dbPassword, kafkaBootstrap));
    }

    /** Where a service finds its database and the broker, and the key it trusts tokens signed with. */
    private static Map<String, String> environment(Path root, String jdbcUrl, String dbUser, String dbPassword,
                                                   String kafkaBootstrap) {
        Map<String, String> env = connections(jdbcUrl, dbUser, dbPassword, kafkaBootstrap);
        env.put("SED_DEV_KEY", "file:" + root.toAbsolutePath().resolve("deploy/local/jwt/publicKey.pem"));
        return env;
    }

    /**
     * The variables by which a service, in any profile, finds its database and the broker (application.properties
     * reads them; a pod's are in deploy/k8s): a mutable map, in this order.
     */
    public static Map<String, String> connections(String jdbcUrl, String dbUser, String dbPassword, String kafkaBootstrap) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        return env;
    }

    /**
     * Starts the console ({@code console/target/quarkus-app/quarkus-run.jar}, {@code local} profile: the demo sign-in
     * with the dev key) routing {@code /api/v1} to the services at {@code upstreams} (service name → base URL).
     */
    public static Process startConsole(Path root, int port, Map<String, String> upstreams, Path log) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SED_DEV_PRIVATE_KEY", root.toAbsolutePath().resolve("deploy/local/jwt/privateKey.pem").toString());
        upstreams.forEach((service, url) ->
                env.put(service.replace("-service", "").toUpperCase(Locale.ROOT) + "_SERVICE_URL", url));
        return launch(root, "console", Jvm.current(), port, log, env);
    }

    /**
     * Runs a module's packaged jar in the {@code local} profile with its own {@code jvm.options}, on {@code port},
     * with {@code environment} added, its output appended to {@code log}.
     */
    private static Process launch(Path root, String module, Jvm jvm, int port, Path log, Map<String, String> environment)
            throws IOException {
        Path jar = root.resolve(module).resolve("target").resolve(jvm.appDirectory()).resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the suite first (mvn -DskipTests install)");
        }
        Path options = jvmOptions(root, module);
        if (!Files.exists(options)) {
            throw new IllegalStateException(options + " is missing");
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.javaHome().resolve("bin").resolve("java").toString());
        if (jvm.archiveOptions() == null) {
            command.add("@" + options.toAbsolutePath());
        } else {
            // the same settings but for the class archive line (java reads no @file that leaves a line out)
            for (String line : Files.readAllLines(options)) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#") && !option.startsWith("-XX:SharedArchiveFile=")) {
                    command.add(option);
                }
            }
            command.addAll(jvm.archiveOptions());
        }
        command.add("-jar");
        command.add(jar.getFileName().toString());
        // run in the jar's directory, as the image does: jvm.options names the class archive (app-cds.jsa, written
        // by `mvn package` next to the jar) by a relative path, and the archive recorded the jar by its relative path
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        // as in the image (Dockerfile.jvm): glibc keeps at most two malloc arenas instead of eight per core, which
        // the JVM's few native allocations do not need and which only add resident memory
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_PROFILE", "local");
        env.putAll(environment);
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
