package cn.gov.sed.testing;

import cn.gov.sed.infra.EmbeddedKafkaBroker;
import cn.gov.sed.infra.EmbeddedPostgresServer;
import cn.gov.sed.infra.Ports;
import cn.gov.sed.infra.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The four packaged services (their {@code quarkus-run.jar}, {@code local} profile), one real Kafka broker and a
 * real PostgreSQL with a database per service, started once for all system tests of this JVM and stopped at
 * its end; then the console ({@code url("console")}) routing {@code /api/v1} to them. Each service gets a free port; its output goes to {@code target/system-tests/<service>.log}.
 * Used by the system tests and the benchmarks. {@code sed.project.root} names the project folder.
 */
public final class RunningSuite {
    public static final List<String> SERVICES =
            List.of("inspection-service", "hazard-service", "task-service", "notification-service");
    /** The console (the campaign console's page and its route to the services): {@code url("console")}. */
    public static final String CONSOLE = "console";
    private static final Path LOGS = Paths.get("target", "system-tests");
    private static RunningSuite instance;

    private final Path root;
    private final Path work;
    private EmbeddedPostgresServer postgres;
    private int postgresPort;
    private EmbeddedKafkaBroker broker;
    private int kafkaPort;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    /** Added to every service's environment; empty unless a test asked for more ({@link #restartServicesWith}). */
    private Map<String, String> extraEnvironment = Map.of();

    private static RuntimeException failure;

    public static synchronized RunningSuite get() {
        if (failure != null) {
            throw failure; // once the suite could not start, every later test fails the same way without a second try
        }
        if (instance == null) {
            try {
                instance = new RunningSuite();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-tests-stop"));
            SpecConformance.install(); // every REST Assured answer of the system tests is checked against its service's spec
        }
        return instance;
    }

    private RunningSuite() {
        root = Paths.get(System.getProperty("sed.project.root", "..")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(LOGS);
            work = Files.createTempDirectory("sed-system-");
            // data in a kept directory (fsync off), so a fault test can restart the server with its data
            postgresPort = Ports.free();
            postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), postgresPort, LOGS.resolve("postgres.log"),
                    false);
            kafkaPort = Ports.free();
            broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), kafkaPort);
            for (String service : SERVICES) {
                postgres.ensureDatabase(database(service));
                ports.put(service, Ports.free());
                start(service);
            }
            SERVICES.forEach(this::awaitReady);
            startConsole();
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop(); // leave no service, broker or database behind
            throw e;
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

    /** Stops PostgreSQL (its data kept), for fault tests; the services keep running. */
    public synchronized void stopPostgres() {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    public synchronized void startPostgres() {
        postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), postgresPort, LOGS.resolve("postgres.log"),
                false);
    }

    /**
     * Kills a service at once (SIGKILL: no graceful shutdown, whatever it was doing is cut off) and starts it
     * again on the same port and database, for fault tests.
     */
    public synchronized void killAndRestart(String service) {
        stopAndStart(service, true);
        awaitReady(service);
    }

    /** Stops a service (at once with SIGKILL, or gracefully within 30 s) and starts it again on its port. */
    private void stopAndStart(String service, boolean kill) {
        Process process = processes.get(service);
        try {
            if (kill) {
                process.destroyForcibly().waitFor();
            } else {
                process.destroy(); // graceful: the relay and the consumers stop cleanly
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            start(service);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the four services and starts them again with these environment variables added to what they always get
     * (an empty map: as usual), on the same ports, databases and broker; e.g. an OTLP exporter for a test that reads
     * the services' traces, which restores them with an empty map when done.
     */
    public synchronized void restartServicesWith(Map<String, String> environment) {
        extraEnvironment = Map.copyOf(environment);
        SERVICES.forEach(service -> stopAndStart(service, false));
        SERVICES.forEach(this::awaitReady);
    }

    /** The port of the suite's PostgreSQL server (user and password {@code postgres}). */
    public int postgresPort() {
        return postgres.port();
    }

    /** The operating-system process of a service, e.g. to read its memory. */
    public Process process(String service) {
        return processes.get(service);
    }

    private void start(String service) throws IOException {
        processes.put(service, ServiceProcess.start(root, service, ports.get(service), postgres.jdbcUrl(database(service)),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, broker.bootstrapServers(),
                LOGS.resolve(service + ".log"), extraEnvironment));
    }

    /** The console after the services, its route pointing at their ports (console/target/quarkus-app). */
    private void startConsole() throws IOException {
        Map<String, String> upstreams = new LinkedHashMap<>();
        SERVICES.forEach(service -> upstreams.put(service, url(service)));
        ports.put(CONSOLE, Ports.free());
        processes.put(CONSOLE, ServiceProcess.startConsole(root, ports.get(CONSOLE), upstreams, LOGS.resolve("console.log")));
        awaitReady(CONSOLE);
    }

    private void awaitReady(String service) {
        ServiceProcess.awaitReady(service, ports.get(service), processes.get(service), Duration.ofSeconds(300),
                LOGS.resolve(service + ".log"));
    }

    private static String database(String service) {
        return service.replace("-service", "");
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
        for (AutoCloseable part : new AutoCloseable[]{broker, postgres}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception ignored) {
                // best effort: it may be stopped already (a fault test)
            }
        }
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** How long a test waits for an event to cross the services. */
    public static Duration patience() {
        return Duration.ofSeconds(60);
    }
}
