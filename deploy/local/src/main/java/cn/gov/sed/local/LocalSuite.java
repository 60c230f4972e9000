package cn.gov.sed.local;

import cn.gov.sed.infra.EmbeddedKafkaBroker;
import cn.gov.sed.infra.EmbeddedPostgresServer;
import cn.gov.sed.infra.ServiceProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite on one machine with only a JDK: PostgreSQL (embedded binaries, data kept in
 * {@code .local/postgres}) and a Kafka broker (in-process KRaft, data in {@code .local/kafka}), the four
 * services from their packaged jars, and demo data loaded through the services' own APIs. Ctrl-C stops all;
 * a second run reuses the data.
 * <p>
 * {@code SED_PG_URL} (+ {@code SED_PG_USER}, {@code SED_PG_PASSWORD}) and {@code SED_KAFKA_BOOTSTRAP} point the
 * suite at an external PostgreSQL and Kafka instead.
 */
public final class LocalSuite {
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("inspection-service", 8081);
        SERVICES.put("hazard-service", 8082);
        SERVICES.put("task-service", 8083);
        SERVICES.put("notification-service", 8084);
    }

    private static final int CONSOLE_PORT = 8085;
    private static final int PG_PORT = 55432;
    private static final int KAFKA_PORT = 9092;

    private final Path root;
    private final List<Process> processes = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker broker;

    private LocalSuite(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = findRoot();
        if (args.length > 0 && args[0].equals("token")) {
            System.out.println(TokenCommand.mint(root, options(args)));
            return;
        }
        if (args.length > 0 && args[0].equals("training")) {
            if (args.length != 2) {
                throw new IllegalArgumentException("usage: training <directory>");
            }
            TrainingStack.run(Paths.get(args[1]).toAbsolutePath());
            return;
        }
        new LocalSuite(root).run();
    }

    private void run() throws Exception {
        Path local = root.resolve(".local");
        Path logs = Files.createDirectories(local.resolve("logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-suite-stop"));

        String pgAdminUrl = env("SED_PG_URL");
        String pgUser = env("SED_PG_USER") == null ? EmbeddedPostgresServer.USER : env("SED_PG_USER");
        String pgPassword = env("SED_PG_PASSWORD") == null ? EmbeddedPostgresServer.PASSWORD : env("SED_PG_PASSWORD");
        if (pgAdminUrl == null) {
            requireFreePort(PG_PORT, "PostgreSQL");
            say("starting PostgreSQL (embedded, data in .local/postgres) on port " + PG_PORT);
            postgres = EmbeddedPostgresServer.start(local.resolve("postgres"), PG_PORT, logs.resolve("postgres.log"));
            pgAdminUrl = postgres.jdbcUrl("postgres");
        } else {
            say("using the external PostgreSQL " + pgAdminUrl);
        }
        String kafka = env("SED_KAFKA_BOOTSTRAP");
        if (kafka == null) {
            requireFreePort(KAFKA_PORT, "Kafka");
            say("starting Kafka (in-process KRaft broker, data in .local/kafka) on port " + KAFKA_PORT);
            broker = EmbeddedKafkaBroker.start(local.resolve("kafka"), KAFKA_PORT);
            kafka = broker.bootstrapServers();
        } else {
            say("using the external Kafka " + kafka);
        }

        for (var service : SERVICES.entrySet()) {
            String database = service.getKey().replace("-service", "");
            EmbeddedPostgresServer.Databases.ensure(pgAdminUrl, pgUser, pgPassword, database);
            requireFreePort(service.getValue(), service.getKey());
            say("starting " + service.getKey() + " on port " + service.getValue() + " (log: .local/logs/"
                    + service.getKey() + ".log)");
            processes.add(ServiceProcess.start(root, service.getKey(), service.getValue(),
                    EmbeddedPostgresServer.Databases.url(pgAdminUrl, database), pgUser, pgPassword, kafka,
                    logs.resolve(service.getKey() + ".log")));
        }
        int i = 0;
        for (var service : SERVICES.entrySet()) {
            ServiceProcess.awaitReady(service.getKey(), service.getValue(), processes.get(i++), Duration.ofSeconds(180),
                    logs.resolve(service.getKey() + ".log"));
            say(service.getKey() + " is ready");
        }
        new DemoData(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), root).loadIfAbsent();

        requireFreePort(CONSOLE_PORT, "the console");
        say("starting the console on port " + CONSOLE_PORT + " (log: .local/logs/console.log)");
        Map<String, String> upstreams = new LinkedHashMap<>();
        SERVICES.forEach((service, port) -> upstreams.put(service, "http://localhost:" + port));
        Process console = ServiceProcess.startConsole(root, CONSOLE_PORT, upstreams, logs.resolve("console.log"));
        processes.add(console);
        ServiceProcess.awaitReady("console", CONSOLE_PORT, console, Duration.ofSeconds(120), logs.resolve("console.log"));

        say("");
        say("特种设备安全专项整治 suite is up (Ctrl-C stops everything):");
        say(String.format("  %-21s http://localhost:%d/   (sign in as 市局, 和平区 区局管理员, 和平区 检查员 or a 行业部门: demo identities)",
                "console", CONSOLE_PORT));
        for (var service : SERVICES.entrySet()) {
            say(String.format("  %-21s http://localhost:%d/q/swagger-ui   (health: /q/health/ready)", service.getKey(),
                    service.getValue()));
        }
        say("  battle map page       http://localhost:8083/battle-map");
        say("  Kafka                 " + kafka + "    PostgreSQL  " + pgAdminUrl);
        say("  a token:              ./run token --role city");
        say("                        ./run token --role inspector --district 120101");
        say("                        ./run token --role unit --uscc <credit code>");
        say("  logs:                 .local/logs/");
        for (Process p : processes) {
            p.waitFor();
        }
    }



    private void stopAll() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }


    private static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + what + " is in use: is the suite already running?");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]
                        + "; usage: token --role <role> [--district <code>] [--uscc <code>] [--department <code>] [--sub <id>]");
            }
        }
        return options;
    }

    private static Path findRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("deploy/local/jwt/privateKey.pem")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("run this from the project folder");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    static void say(String line) {
        System.out.println(line);
    }
}
