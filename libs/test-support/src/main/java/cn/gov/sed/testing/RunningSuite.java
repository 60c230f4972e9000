package cn.gov.sed.testing;

import cn.gov.sed.infra.EmbeddedKafkaBroker;
import cn.gov.sed.infra.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The four packaged services (their {@code quarkus-run.jar}, production profile), one real Kafka broker and a
 * real PostgreSQL with a database per service, started once for all system tests of this JVM and stopped at
 * its end. Each service gets a free port; its output goes to {@code target/system-tests/<service>.log}.
 * Used by the system tests and the benchmarks. {@code sed.project.root} names the project folder.
 */
public final class RunningSuite {
    public static final List<String> SERVICES =
            List.of("inspection-service", "hazard-service", "task-service", "notification-service");
    private static RunningSuite instance;

    private final Path root;
    private final Path work;
    private final EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker broker;
    private int kafkaPort;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    public static synchronized RunningSuite get() {
        if (instance == null) {
            instance = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-tests-stop"));
        }
        return instance;
    }

    private RunningSuite() {
        root = Paths.get(System.getProperty("sed.project.root", "..")).toAbsolutePath().normalize();
        try {
            Path target = Files.createDirectories(Paths.get("target", "system-tests"));
            work = Files.createTempDirectory("sed-system-");
            postgres = EmbeddedPostgresServer.start(null, 0, target.resolve("postgres.log"));
            kafkaPort = freePort();
            broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), kafkaPort);
            for (String service : SERVICES) {
                String database = service.replace("-service", "");
                postgres.ensureDatabase(database);
                int port = freePort();
                ports.put(service, port);
                processes.put(service, start(service, port, postgres.jdbcUrl(database), target));
            }
            HttpClient http = HttpClient.newHttpClient();
            for (var e : ports.entrySet()) {
                awaitReady(http, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Stops the broker (its data kept), for fault tests; the services keep running. */
    public synchronized void stopBroker() {
        broker.close();
    }

    /** Starts the broker again on the same port with the same data. */
    public synchronized void startBroker() {
        broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), kafkaPort);
    }

    /**
     * Kills a service at once (SIGKILL: no graceful shutdown, whatever it was doing is cut off) and starts it
     * again on the same port and database, for fault tests.
     */
    public synchronized void killAndRestart(String service) {
        Process process = processes.get(service);
        process.destroyForcibly();
        try {
            process.waitFor();
            Path logs = Paths.get("target", "system-tests");
            String database = service.replace("-service", "");
            processes.put(service, start(service, ports.get(service), postgres.jdbcUrl(database), logs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        awaitReady(HttpClient.newHttpClient(), service, ports.get(service));
    }

    /** The port of the suite's PostgreSQL server (user and password {@code postgres}). */
    public int postgresPort() {
        return postgres.port();
    }

    /** The operating-system process of a service, e.g. to read its memory. */
    public Process process(String service) {
        return processes.get(service);
    }

    private Process start(String service, int port, String jdbcUrl, Path logs) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
        }
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", EmbeddedPostgresServer.USER);
        env.put("DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("JWT_ISSUER", "sed-local");
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + root.resolve("deploy/local/jwt/publicKey.pem"));
        return pb.start();
    }

    private void awaitReady(HttpClient http, String service, int port) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service + " exited; see target/system-tests/" + service + ".log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException(service + " did not become ready; see target/system-tests/" + service + ".log");
    }

    private void stop() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        broker.close();
        postgres.close();
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** How long a test waits for an event to cross the services. */
    public static Duration patience() {
        return Duration.ofSeconds(60);
    }
}
