package cn.gov.sed.bench;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.infra.EmbeddedPostgresServer;
import cn.gov.sed.infra.Ports;
import cn.gov.sed.infra.ServiceProcess;
import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the running suite (the four packaged services, one broker, PostgreSQL) beside the floor of the
 * same machine in the same run, with hazard-service's register loaded to a million hazards ({@link HazardLoader}):
 * <ul>
 *   <li>reads under four clients, each after a warm-up, beside the floor: the same service's
 *   {@code /q/health/live} under the same load (the HTTP stack, security filters aside, with no work);</li>
 *   <li>the hazard list export of one district: first byte, total time, bytes, the service's memory;</li>
 *   <li>commit → broker: an inspection completed over HTTP until its {@code InspectionCompleted} reaches a
 *   consumer; inspection → hazard: until hazard-service's {@code HazardRegistered}; floor: Kafka's own
 *   producer → consumer latency;</li>
 *   <li>memory: each service's resident set size at ready and after the load; start to ready of hazard-service
 *   alone against the running PostgreSQL and Kafka.</li>
 * </ul>
 * Writes {@code docs/benchmarks.md}.
 */
public final class Bench {
    private static final String DISTRICT = "120116";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HAZARD = "hazard-service";
    private static final int CLIENTS = 4;
    private static final int WARM_SECONDS = 3;
    /** How long a class archive's training run reads before it stops (the starts from the aot-jar packaging). */
    private static final int TRAINING_SECONDS = 10;
    /** While iterating on one part: -Dbench.skip=statistics,paging,export,events,start leaves those sections out. */
    private static final List<String> SKIP = List.of(System.getProperty("bench.skip", "").split(","));

    private final RunningSuite suite;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String city = Tokens.city();
    private final String inspector = Tokens.inspector(DISTRICT);
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final AtomicBoolean consuming = new AtomicBoolean(true);
    private final StringBuilder md = new StringBuilder();
    private Load floor;
    /** PostgreSQL's processes once the services' pools are warm (see {@link #postgresPids()}); none before. */
    private List<Long> postgresPids = List.of();

    private Bench(RunningSuite suite) {
        this.suite = suite;
    }

    public static void main(String[] args) throws Exception {
        int hazards = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int readSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long started = System.nanoTime();
        RunningSuite suite = RunningSuite.get();
        double suiteSeconds = (System.nanoTime() - started) / 1e9;
        try {
            new Bench(suite).run(hazards, iterations, readSeconds, suiteSeconds, started);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Requests answered 200 in a timed window: their latencies, count, bytes; the others counted apart. */
    record Load(Stats stats, long ok, long failed, long bytes, double seconds, CpuUse cpu) {
        double perSecond() {
            return ok / seconds;
        }

        /** This window and another of the same read, as if measured in one. */
        Load plus(Load other) {
            Stats both = new Stats();
            both.addAll(stats);
            both.addAll(other.stats);
            return new Load(both, ok + other.ok, failed + other.failed, bytes + other.bytes, seconds + other.seconds,
                    cpu.plus(other.cpu));
        }

        /** CPU-milliseconds per answered request. */
        double msPerRequest(double cpuSeconds) {
            return ok == 0 ? 0 : cpuSeconds * 1000 / ok;
        }
    }

    /**
     * CPU-seconds spent in a window (user + system, /proc): by hazard-service, by PostgreSQL (every process its
     * pg_stat_activity lists: the backends of all the services' pools and its background workers), by this JVM (the
     * client threads, and the in-process broker, idle during the reads) and by the whole machine.
     */
    record CpuUse(double service, double postgres, double bench, double machine) {
        CpuUse plus(CpuUse o) {
            return new CpuUse(service + o.service, postgres + o.postgres, bench + o.bench, machine + o.machine);
        }

        double rest() {
            return machine - service - postgres - bench;
        }
    }

    /** A read and the floor measured in alternate one-second windows beside it: the ratio of the two is the figure. */
    record Paired(Load read, Load floor) {
        double ratio() {
            return read.perSecond() / floor.perSecond();
        }
    }

    private void run(int hazards, int iterations, int readSeconds, double suiteSeconds, long started) throws Exception {
        Map<String, Long> rssReady = rss();
        HazardLoader.Result loaded = new HazardLoader(jdbcUrl("hazard"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD).load(hazards);
        System.out.printf("loaded %d hazards in %.1f s (ANALYZE %.1f s)%n", loaded.hazards(), loaded.loadSeconds(),
                loaded.analyzeSeconds());
        header(hazards, iterations, readSeconds, suiteSeconds);
        loadSection(loaded);

        // --- reads, each after a warm-up, beside the floor ---
        // The floor's own rate swings with how four client threads and the event loop share two cores (2,156 to
        // 3,684 req/s in three runs whose reads moved 7 %): each read alternates one-second windows with it, so
        // both see the same machine, and the ratio is taken to the floor measured beside that read.
        window(WARM_SECONDS, () -> request("/q/health/live", null)); // warms this client's HTTP path too
        window(WARM_SECONDS, () -> request("/api/v1/hazards?size=20&view=summary", city)); // and the pools
        postgresPids = postgresPids();
        JsonNode first = get(HAZARD, "/api/v1/hazards?size=20&view=summary", city);
        Paired full = paired(readSeconds, () -> request("/api/v1/hazards?size=20", city));
        Paired summary = paired(readSeconds, () -> request("/api/v1/hazards?size=20&view=summary", city));
        List<String> ids = sampleIds(1000);
        AtomicLong next = new AtomicLong();
        Paired one = paired(readSeconds, () -> request("/api/v1/hazards/" + ids.get((int) (next.getAndIncrement() % ids.size())), city));
        floor = full.floor().plus(summary.floor()).plus(one.floor());
        md.append("## Reads (").append(CLIENTS).append(" clients, city token, ").append(WARM_SECONDS)
                .append(" s warm-up then ").append(readSeconds).append(" s each)\n\n");
        md.append("Floor: `GET /q/health/live` of hazard-service under the same load, in one-second windows that alternate "
                        + "with each read's (the read's own floor is in its row; the ratio is to that one). All of them: ")
                .append(String.format("%.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms. ", floor.perSecond(),
                        floor.stats().percentileMs(50), floor.stats().percentileMs(95), floor.stats().percentileMs(99)))
                .append("The tables below, whose budgets are times, give their ratio to this one.\n\n");
        md.append(PAIRED_TABLE);
        md.append(row("`GET /api/v1/hazards?size=20` (default view: whole hazards)", full, "p95 < 100 ms"));
        md.append(row("`GET /api/v1/hazards?size=20&view=summary`", summary, "≥ 0.4× floor; p95 < 100 ms"));
        md.append(row("`GET /api/v1/hazards/{id}` (1,000 ids in turn, warm)", one, "≥ 0.5× floor"));
        md.append(CPU_TABLE);
        md.append(cpuRow("whole hazards", full.read())).append(cpuRow("its floor", full.floor()));
        md.append(cpuRow("summary", summary.read())).append(cpuRow("its floor", summary.floor()));
        md.append(cpuRow("one hazard", one.read())).append(cpuRow("its floor", one.floor()));
        md.append("\nThe first page says `total` = ").append(first.path("total").asText("?"))
                .append(first.has("totalIsEstimate") ? " (`totalIsEstimate`: " + first.path("totalIsEstimate").asText() + ")" : "")
                .append(first.has("next") ? ", with a `next` cursor" : ", no `next` cursor").append(".\n\n");

        if (!SKIP.contains("statistics")) {
        md.append("### Statistics (").append(CLIENTS).append(" clients, ").append(WARM_SECONDS).append(" s warm-up then ")
                .append(Math.max(3, readSeconds / 2)).append(" s each; budget p95 < 100 ms)\n\n").append(TABLE);
        for (String groupBy : List.of("district", "equipmentCategory", "industry", "usageEnvironment", "hazardType",
                "severity", "status", "checklistItem")) {
            Load stats = measure(Math.max(3, readSeconds / 2), () -> request("/api/v1/hazard-statistics?groupBy=" + groupBy, city));
            md.append(row("`GET /api/v1/hazard-statistics?groupBy=" + groupBy + "`", stats, "p95 < 100 ms"));
        }
        Load common = measure(Math.max(3, readSeconds / 2), () -> request("/api/v1/hazard-statistics/common-issues", city));
        md.append(row("`GET /api/v1/hazard-statistics/common-issues`", common, "p95 < 100 ms"));
        md.append(row("`GET /api/v1/hazard-statistics?groupBy=status&district=" + loaded.bigDistrict() + "`",
                measure(Math.max(3, readSeconds / 2), () -> request("/api/v1/hazard-statistics?groupBy=status&district="
                        + loaded.bigDistrict(), city)), "p95 < 100 ms"));
        md.append('\n');
        }

        if (!SKIP.contains("paging")) {
            deepPaging(readSeconds);
        }
        if (!SKIP.contains("export")) {
            hazardList(loaded);
        }
        Map<String, Long> rssAfterReads = rss();

        // --- the event path ---
        CountDownLatch ready = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consume(ready), "bench-consumer");
        consumer.start();
        ready.await();
        Stats commitToConsumer = new Stats();
        Stats inspectionToHazard = new Stats();
        long eventsStarted = System.nanoTime();
        if (!SKIP.contains("events")) {
            eventRound(20, new Stats(), new Stats()); // warm-up, not measured
            eventsStarted = System.nanoTime();
            eventRound(iterations, commitToConsumer, inspectionToHazard);
        }
        double eventSeconds = (System.nanoTime() - eventsStarted) / 1e9;
        // A profile, not a budget: the same path with the two other consumers of InspectionCompleted paused, to show
        // how much of it is waiting for a core they hold (task-service and notification-service handle the same
        // inspection's events at the same moment, on the same two cores)
        Stats pausedOthers = new Stats();
        if (!SKIP.contains("events")) {
            List<Long> others = List.of(suite.process("task-service").pid(), suite.process("notification-service").pid());
            signal("STOP", others);
            try {
                eventRound(Math.min(iterations, 100), new Stats(), pausedOthers);
            } finally {
                signal("CONT", others);
            }
        }
        Stats kafkaFloor = kafkaFloor(iterations);
        consuming.set(false);
        consumer.join(5_000);
        Map<String, Long> rssAfter = rss();
        md.append("## Events (light load: one inspection at a time, ").append(loaded.hazards())
                .append(" hazards in the register)\n\n");
        md.append("| path | samples | throughput | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        md.append(commitToConsumer.row("commit → broker → consumer: `POST …/complete` answered (committed) until its "
                + "`InspectionCompleted` is read", String.format("%.1f inspections/s (one client, 6 requests each)",
                iterations / eventSeconds))).append('\n');
        md.append(inspectionToHazard.row("inspection → hazard: `…/complete` answered until hazard-service's "
                + "`HazardRegistered` is read (two outboxes, two topics); budget p50 < 15 ms, p99 ≤ 2× floor + 20 ms", "")).append('\n');
        md.append(pausedOthers.row("the same, with task-service and notification-service paused (`SIGSTOP`; a profile of "
                + "the path, not a budget)", "")).append('\n');
        md.append(kafkaFloor.row("floor: Kafka alone, producer `send` (acks=all) until the same consumer reads it",
                "")).append("\n\n");

        md.append("## Memory (resident set size of each service process; budget < 200 MB at ready, < 256 MB after the load)\n\n");
        md.append("| service | at ready (MB) | after the reads (MB) | after the reads and events (MB) |\n|---|---|---|---|\n");
        for (String service : RunningSuite.SERVICES) {
            md.append("| ").append(service).append(" | ").append(rssReady.get(service) / 1024).append(" | ")
                    .append(rssAfterReads.get(service) / 1024).append(" | ").append(rssAfter.get(service) / 1024).append(" |\n");
        }
        md.append('\n');
        long hold = Long.getLong("bench.hold-seconds", 0);
        if (hold > 0) {
            // the suite stays up for a look (EXPLAIN, jcmd JFR.start) before the services stop
            System.out.printf("holding %d s: hazard-service pid %d, PostgreSQL %s%n", hold, suite.process(HAZARD).pid(),
                    jdbcUrl("hazard"));
            Thread.sleep(hold * 1000);
        }
        if (!SKIP.contains("start")) {
            startAlone();
        }
        md.append(String.format("%nThe whole run took %.1f minutes. Command: `bench/run %d %d %d` (see bench/README.md).%n",
                (System.nanoTime() - started) / 60e9, hazards, iterations, readSeconds));
        Path out = Paths.get(System.getProperty("sed.project.root", ".")).resolve(System.getProperty("bench.out", "docs/benchmarks.md"));
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    private static final String TABLE = "| read | requests | req/s | × floor | p50 ms | p95 ms | p99 ms | budget |\n"
            + "|---|---|---|---|---|---|---|---|\n";

    private static final String PAIRED_TABLE = "| read | requests | req/s | its floor, req/s | × floor | p50 ms | p95 ms "
            + "| p99 ms | budget |\n|---|---|---|---|---|---|---|---|---|\n";

    private String row(String what, Paired paired, String budget) {
        Load load = paired.read();
        return String.format("| %s | %d%s | %.0f | %.0f | %.3f× | %.1f | %.1f | %.1f | %s |%n", what, load.ok(),
                load.failed() > 0 ? " (+" + load.failed() + " failed)" : "", load.perSecond(),
                paired.floor().perSecond(), paired.ratio(), load.stats().percentileMs(50),
                load.stats().percentileMs(95), load.stats().percentileMs(99), budget);
    }

    private static final String CPU_TABLE = "\nWhere each request's CPU goes, in the same windows (CPU-ms per answered request; "
            + "the benchmark's JVM is the four clients and the idle broker; the rest is the other three services and "
            + "the system):\n\n| read | hazard-service | PostgreSQL | benchmark's JVM | the rest | all | machine busy |\n"
            + "|---|---|---|---|---|---|---|\n";

    private String cpuRow(String what, Load load) {
        CpuUse cpu = load.cpu();
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f %% |%n", what,
                load.msPerRequest(cpu.service()), load.msPerRequest(cpu.postgres()), load.msPerRequest(cpu.bench()),
                load.msPerRequest(cpu.rest()), load.msPerRequest(cpu.machine()),
                100 * cpu.machine() / (load.seconds() * cores));
    }

    private String row(String what, Load load) {
        return row(what, load, "");
    }

    private String row(String what, Load load, String budget) {
        return String.format("| %s | %d%s | %.0f | %.3f× | %.1f | %.1f | %.1f | %s |%n", what, load.ok(),
                load.failed() > 0 ? " (+" + load.failed() + " failed)" : "", load.perSecond(),
                load.perSecond() / floor.perSecond(), load.stats().percentileMs(50), load.stats().percentileMs(95),
                load.stats().percentileMs(99), budget);
    }

    private void header(int hazards, int iterations, int readSeconds, double suiteSeconds) {
        md.append("# Benchmarks\n\n");
        md.append("Produced by `bench/run ").append(hazards).append(' ').append(iterations).append(' ').append(readSeconds)
                .append("` on ").append(OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(String.format(", load average %.1f at the start. ",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append("The suite runs as in the system tests: the four packaged services (JVM options `")
                .append(jvmOptions(suite.process(HAZARD).pid())).append("`), one ")
                .append("in-process Kafka broker and an embedded PostgreSQL 17, all on this machine (the four services ")
                .append(String.format("started together and were ready after %.1f s). ", suiteSeconds))
                .append("Each figure stands beside the floor measured in the same run.\n\n");
    }

    /** The options a service's JVM was started with (its command line before {@code -jar}). */
    private static String jvmOptions(long pid) {
        try {
            String[] args = Files.readString(Paths.get("/proc", String.valueOf(pid), "cmdline")).split("\0");
            List<String> options = new ArrayList<>();
            for (int i = 1; i < args.length && !args[i].equals("-jar"); i++) {
                options.add(args[i]);
            }
            return String.join(" ", options);
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void loadSection(HazardLoader.Result r) {
        md.append("## The register\n\n");
        md.append(String.format("Loaded %,d hazards (%,d units, 16 districts, %,d listed, %,d open past their deadline) "
                        + "straight into hazard-service's database in **%.1f s** (rows, indexes, overdue levels), then "
                        + "`VACUUM ANALYZE` in %.1f s; PostgreSQL spent %.0f CPU-seconds on both (its exited backends' "
                        + "user + system time: what the load costs whatever else the machine does). ", r.hazards(),
                r.units(), r.listed(), r.overdue(), r.loadSeconds(), r.analyzeSeconds(), r.postgresCpuSeconds()));
        md.append("By status: ").append(counts(r.byStatus())).append("; by severity: ").append(counts(r.bySeverity()))
                .append(". See `HazardLoader` for the spreads.\n\n");
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append(String.format(" %,d", v)));
        return out.toString();
    }

    /** Page 1 and page 2,000 by number, and page 2,000 by the cursor when the service answers one. */
    private void deepPaging(int readSeconds) throws Exception {
        int seconds = Math.max(3, readSeconds / 2);
        String base = "/api/v1/hazards?size=20&view=summary";
        md.append("### Paging (view=summary, size 20, ").append(seconds).append(" s each)\n\n").append(TABLE);
        md.append(row("page 1 (`page=0`)", measure(seconds, () -> request(base + "&page=0", city))));
        md.append(row("page 2,000 by number (`page=1999`)", measure(seconds, () -> request(base + "&page=1999", city))));
        JsonNode before = get(HAZARD, base + "&page=1998", city);
        String cursor = before.path("next").isTextual() ? before.path("next").asText() : null;
        if (cursor != null) {
            String path = cursor.startsWith("/") ? cursor : cursor.startsWith("http") ? URI.create(cursor).getRawPath()
                    + "?" + URI.create(cursor).getRawQuery() : base + "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            md.append(row("page 2,000 by cursor (`after=` the `next` of page 1,999)", measure(seconds, () -> request(path, city))));
        } else {
            md.append("\nNo `next` cursor in the answer: paging by cursor not measured.\n");
        }
        md.append('\n');
    }

    /** The hazard-list export of the district nearest 40,000 listed hazards, twice after one warm-up. */
    private void hazardList(HazardLoader.Result loaded) throws Exception {
        String path = "/api/v1/hazard-list?district=" + loaded.bigDistrict();
        md.append("### `GET ").append(path).append("` (").append(String.format("%,d", loaded.bigDistrictListed()))
                .append(" listed hazards, JSON; budget: streamed, first byte < 200 ms, memory flat)\n\n");
        md.append("| call | status | first byte ms | total ms | MB | hazard-service RSS before → after (MB) | peak RSS during (MB) |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        long pid = suite.process(HAZARD).pid();
        for (int call = 0; call <= 2; call++) {
            long rssBefore = rss(pid, "VmRSS:");
            resetPeak(pid);
            long sent = System.nanoTime();
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(suite.url(HAZARD) + path))
                    .header("Authorization", "Bearer " + city).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            long firstByte;
            try (InputStream body = r.body()) {
                int b = body.read();
                firstByte = System.nanoTime();
                bytes = b < 0 ? 0 : 1 + body.transferTo(OutputStream.nullOutputStream());
            }
            long done = System.nanoTime();
            md.append(String.format("| %s | %d | %.0f | %.0f | %.1f | %d → %d | %d |%n", call == 0 ? "warm-up" : "#" + call,
                    r.statusCode(), (firstByte - sent) / 1e6, (done - sent) / 1e6, bytes / 1e6, rssBefore / 1024,
                    rss(pid, "VmRSS:") / 1024, rss(pid, "VmHWM:") / 1024));
        }
        md.append("\nPeak RSS is the process's high-water mark, reset before each call (`/proc/<pid>/clear_refs`).\n\n");
    }

    /**
     * Start to ready of hazard-service alone: the suite's instance is stopped, then a new one is started three
     * times against the same PostgreSQL (a million hazards, migrated) and Kafka, timed until {@code /q/health/ready}
     * answers 200 (polled every 10 ms).
     */
    private void startAlone() throws Exception {
        Process running = suite.process(HAZARD);
        running.destroy();
        running.waitFor(30, TimeUnit.SECONDS);
        md.append("## Start to ready, hazard-service alone (budget < 3 s)\n\n");
        md.append("The suite's hazard-service stopped; a new one started on its own against the running PostgreSQL ")
                .append("(the loaded register) and Kafka, the other three services idle. Timed from the process start ")
                .append("until `/q/health/ready` answers 200, polled every 10 ms; beside it the CPU time the process ")
                .append("had used by then (user + system, all its threads: a figure that holds on a busy machine too).\n\n");
        Path root = Paths.get(System.getProperty("sed.project.root", ".")).toAbsolutePath();
        Path javaHome = Paths.get(System.getProperty("java.home"));
        Path jdk25 = jdk25();
        Path aotJar = root.resolve(HAZARD).resolve("target/quarkus-aot/quarkus-run.jar");
        boolean aotJarBuilt = Files.exists(aotJar);
        // the archives trained on the aot-jar packaging: AppCDS on this JDK, the AOT cache on JDK 25
        String trainedCds = aotJarBuilt ? train(root, ServiceProcess.Jvm.aot(javaHome,
                List.of("-XX:ArchiveClassesAtExit=app-trained.jsa")), "app-trained.jsa") : null;
        String trainedAot = aotJarBuilt && jdk25 != null ? train(root, ServiceProcess.Jvm.aot(jdk25,
                List.of("-XX:AOTCacheOutput=app.aot")), "app.aot") : null;
        md.append("| start | JDK, packaging, archive | ready after (s) | CPU at ready (s) | RSS at ready (MB) |\n|---|---|---|---|---|\n");
        String java = System.getProperty("java.version");
        for (int i = 1; i <= 3; i++) {
            md.append(startOnce(root, ServiceProcess.Jvm.current(),
                    String.format("#%d | %s, fast-jar, AppCDS written at build time (as ./run and the tests start it)", i, java)));
        }
        if (trainedCds != null) {
            for (int i = 1; i <= 3; i++) {
                md.append(startOnce(root, ServiceProcess.Jvm.aot(javaHome, List.of("-XX:SharedArchiveFile=app-trained.jsa")),
                        String.format("#%d | %s, aot-jar, AppCDS from a training run (as the images start)", i, java)));
            }
        }
        if (trainedAot != null) {
            for (int i = 1; i <= 3; i++) {
                md.append(startOnce(root, ServiceProcess.Jvm.aot(jdk25, List.of("-XX:AOTCache=app.aot")),
                        String.format("#%d | %s, aot-jar, AOT cache from a training run", i, javaVersion(jdk25))));
            }
        }
        md.append('\n');
        if (!aotJarBuilt) {
            md.append("Only the start from fast-jar: ").append(aotJar).append(" is missing (mvn package writes it).\n\n");
        } else {
            md.append("The other rows (docs/footprint.md, seventh pass): hazard-service packaged as `aot-jar` ")
                    .append("(`target/quarkus-aot`: every class on the JDK's own class path, which is what its archives ")
                    .append("can hold), each archive written by one training run in this benchmark. AppCDS on ").append(java)
                    .append(": ").append(trainedCds != null ? trainedCds : "no archive written (see target/system-tests/hazard-service-training.log)")
                    .append(". The AOT cache on JDK 25: ").append(jdk25 == null ? "no JDK 25 found (-Dbench.jdk25, JAVA25_HOME)"
                            : trainedAot != null ? trainedAot : "no cache written (see target/system-tests/hazard-service-training.log)")
                    .append(".\n\n");
        }
    }

    /** Where a JDK 25 is: -Dbench.jdk25, else JAVA25_HOME, else Temurin 25's Debian path; null when none is. */
    private static Path jdk25() {
        String configured = System.getProperty("bench.jdk25", System.getenv("JAVA25_HOME"));
        Path home = Paths.get(configured != null ? configured : "/usr/lib/jvm/temurin-25-jdk-amd64");
        return Files.isExecutable(home.resolve("bin/java")) ? home : null;
    }

    private static String javaVersion(Path javaHome) throws IOException {
        Path release = javaHome.resolve("release");
        if (Files.exists(release)) {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        }
        return javaHome.getFileName().toString();
    }

    /**
     * A training run: hazard-service from {@code target/quarkus-aot} on {@code jvm}, whose options name the archive
     * to write at exit ({@code -XX:ArchiveClassesAtExit}, {@code -XX:AOTCacheOutput}), started against the loaded
     * register, then the reads of this benchmark for a few seconds, then stopped: at its exit the JDK writes what it
     * loaded (and, JDK 25, linked and profiled). Answers what the run cost, or null when no archive was written.
     */
    private String train(Path root, ServiceProcess.Jvm jvm, String archive) throws Exception {
        Path cache = root.resolve(HAZARD).resolve("target/quarkus-aot").resolve(archive);
        Files.deleteIfExists(cache);
        int port = Ports.free();
        Path log = Paths.get("target", "system-tests", "hazard-service-training.log");
        long started = System.nanoTime();
        Process p = ServiceProcess.start(root, HAZARD, jvm, port, jdbcUrl("hazard"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD, suite.bootstrapServers(), log);
        int answered = 0;
        try {
            ServiceProcess.awaitReady(HAZARD, port, p, Duration.ofSeconds(120), log);
            // one client, back to back (the suite's hazard-service, whose CPU the reads' windows sample, is stopped)
            List<String> ids = sampleIds(100);
            List<String> reads = List.of("/api/v1/hazards?size=20&view=summary", "/api/v1/hazards?size=20",
                    "/api/v1/hazard-statistics?groupBy=district", "/api/v1/hazard-statistics/common-issues",
                    "/api/v1/hazards?size=20&view=summary&district=" + DISTRICT, "/api/v1/hazards/");
            long end = System.nanoTime() + TRAINING_SECONDS * 1_000_000_000L;
            for (int n = 0; System.nanoTime() < end; n++) {
                String path = reads.get(n % reads.size());
                if (path.endsWith("/")) {
                    path += ids.get(n % ids.size());
                }
                if (http.send(request("http://localhost:" + port, path, city), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    answered++;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!Files.exists(cache)) {
            return null;
        }
        return String.format("%d reads of six kinds, one client, for %d s after it was ready; %.0f s from its start until "
                + "the archive (%d MB) was written", answered, TRAINING_SECONDS, seconds, Files.size(cache) / (1024 * 1024));
    }

    /** One start of hazard-service alone: a table row with the time to ready, the CPU used by then and the RSS. */
    private String startOnce(Path root, ServiceProcess.Jvm jvm, String label) throws Exception {
        int port = Ports.free();
        long started = System.nanoTime();
        Process p = ServiceProcess.start(root, HAZARD, jvm, port, jdbcUrl("hazard"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD, suite.bootstrapServers(),
                Paths.get("target", "system-tests", "hazard-service-alone.log"));
        try {
            URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
            long deadline = started + 120_000_000_000L;
            boolean up = false;
            while (!up && System.nanoTime() < deadline && p.isAlive()) {
                try {
                    up = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    // not listening yet
                }
                if (!up) {
                    Thread.sleep(10);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return String.format("| %s | %s | %.1f | %d |%n", label, up ? String.format("%.2f", seconds) : "not ready",
                    cpuSeconds(p.pid()), rss(p.pid(), "VmRSS:") / 1024);
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private HttpRequest request(String path, String token) {
        return request(suite.url(HAZARD), path, token);
    }

    private static HttpRequest request(String base, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    /** {@link #CLIENTS} clients send requests back to back: a warm-up, then {@code seconds} measured. */
    private Load measure(int seconds, java.util.function.Supplier<HttpRequest> request) throws Exception {
        window(WARM_SECONDS, request);
        return window(seconds, request);
    }

    /** After a warm-up of both, {@code seconds} one-second windows of the read, each after one of the floor. */
    private Paired paired(int seconds, java.util.function.Supplier<HttpRequest> request) throws Exception {
        java.util.function.Supplier<HttpRequest> live = () -> request("/q/health/live", null);
        window(WARM_SECONDS, request);
        Load read = null;
        Load beside = null;
        for (int i = 0; i < seconds; i++) {
            Load f = window(1, live);
            Load r = window(1, request);
            beside = beside == null ? f : beside.plus(f);
            read = read == null ? r : read.plus(r);
        }
        return new Paired(read, beside);
    }

    private Load window(int seconds, java.util.function.Supplier<HttpRequest> request) throws Exception {
        Stats stats = new Stats();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CpuSample cpuBefore = cpuSample();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) {
                            stats.add(System.nanoTime() - sent);
                            ok.incrementAndGet();
                            bytes.addAndGet(r.body().length);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Load(stats, ok.get(), failed.get(), bytes.get(), (System.nanoTime() - start) / 1e9,
                cpuSample().since(cpuBefore));
    }

    private List<String> sampleIds(int n) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl("hazard"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM hazard TABLESAMPLE SYSTEM (1) LIMIT " + n)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + suite.postgresPort() + "/" + database;
    }

    /** Pauses ({@code STOP}) or resumes ({@code CONT}) processes of the suite; a paused consumer stays in its group. */
    private static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("could not send SIG" + signal + " to " + pids);
        }
    }

    /** One inspection per iteration, each for a unit of its own, so its hazard can be told apart. */
    private void eventRound(int iterations, Stats commitToConsumer, Stats inspectionToHazard) throws Exception {
        for (int i = 0; i < iterations; i++) {
            String uscc = creditCode();
            String unitId = post("inspection-service", "/api/v1/units", city, Map.of("uscc", uscc, "name", "基准测试单位" + i,
                    "types", List.of("USER"), "district", DISTRICT, "industry", "MANUFACTURING", "address", "基准路",
                    "contactName", "张", "contactPhone", "13800000000")).path("id").asText();
            String equipmentId = post("inspection-service", "/api/v1/equipment", city, Map.of("unitId", unitId,
                    "category", "4110", "equipmentCode", "4110" + "12001" + "2020" + uscc.substring(12, 17),
                    "usageEnvironment", "FACTORY", "location", "车间", "status", "IN_USE")).path("id").asText();
            String inspectionId = post("inspection-service", "/api/v1/inspections", inspector, Map.of("district", DISTRICT,
                    "unitId", unitId, "method", "ROUTINE", "inspectors", List.of(Map.of("name", "甲", "certificateNo", "A1"),
                            Map.of("name", "乙", "certificateNo", "A2")), "departments", List.of(), "plannedAt", now()))
                    .path("id").asText();
            post("inspection-service", "/api/v1/inspections/" + inspectionId + "/start", inspector, Map.of("startedAt", now()));
            post("inspection-service", "/api/v1/inspections/" + inspectionId + "/findings", inspector,
                    Map.of("equipmentId", equipmentId, "checklistItemCode", "G08", "description", "无保养记录"));
            post("inspection-service", "/api/v1/inspections/" + inspectionId + "/complete", inspector, Map.of());
            long committed = System.nanoTime();
            long deadline = committed + 30_000_000_000L;
            while ((!received.containsKey(inspectionId) || !received.containsKey(uscc)) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            if (received.containsKey(inspectionId)) {
                commitToConsumer.add(received.get(inspectionId) - committed);
            }
            if (received.containsKey(uscc)) {
                inspectionToHazard.add(received.get(uscc) - committed);
            }
            Thread.sleep(20);
        }
    }

    private void consume(CountDownLatch ready) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("inspection-events", "hazard-events", "bench-floor")) {
                for (int i = 0; i < 3; i++) {
                    partitions.add(new TopicPartition(topic, i));
                }
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            ready.countDown();
            while (consuming.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(5))) {
                    long now = System.nanoTime();
                    String type = r.headers().lastHeader("ce_type") == null ? ""
                            : new String(r.headers().lastHeader("ce_type").value());
                    if (type.equals("sed.InspectionCompleted.v1") || r.topic().equals("bench-floor")) {
                        received.putIfAbsent(r.key(), now);
                    } else if (type.equals("sed.HazardRegistered.v1")) {
                        try {
                            received.putIfAbsent(JSON.readTree(r.value()).path("unitUscc").asText(), now);
                        } catch (IOException ignored) {
                            // not ours
                        }
                    }
                }
            }
        }
    }

    private Stats kafkaFloor(int iterations) throws Exception {
        Stats floor = new Stats();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) { // create the topic and warm up
                producer.send(new ProducerRecord<>("bench-floor", i, "warm-" + UUID.randomUUID(), "x")).get();
            }
            Thread.sleep(2_000);
            for (int i = 0; i < iterations; i++) {
                String key = UUID.randomUUID().toString();
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>("bench-floor", key, "{}")).get();
                long deadline = sent + 10_000_000_000L;
                while (!received.containsKey(key) && System.nanoTime() < deadline) {
                    Thread.sleep(0, 200_000);
                }
                if (received.containsKey(key)) {
                    floor.add(received.get(key) - sent);
                }
                Thread.sleep(20);
            }
        }
        return floor;
    }

    private Map<String, Long> rss() throws IOException {
        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        for (String service : RunningSuite.SERVICES) {
            rss.put(service, rss(suite.process(service).pid(), "VmRSS:"));
        }
        return rss;
    }

    /** CPU time a process has used so far (user + system, all threads; /proc/<pid>/stat fields 14 and 15). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Paths.get("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** The CPU used so far by hazard-service, this JVM and the machine, and by each PostgreSQL process. */
    private record CpuSample(CpuUse totals, Map<Long, Double> postgres) {
        /** What was used between {@code before} and this sample. */
        CpuUse since(CpuSample before) {
            double pg = 0;
            for (Map.Entry<Long, Double> now : postgres.entrySet()) {
                Double then = before.postgres.get(now.getKey());
                if (then != null) { // a backend that came or went inside the window is left out
                    pg += now.getValue() - then;
                }
            }
            return new CpuUse(totals.service() - before.totals.service(), pg, totals.bench() - before.totals.bench(),
                    totals.machine() - before.totals.machine());
        }
    }

    private CpuSample cpuSample() throws IOException {
        return new CpuSample(new CpuUse(cpuSeconds(suite.process(HAZARD).pid()), 0,
                cpuSeconds(ProcessHandle.current().pid()), machineBusySeconds()), postgresCpu());
    }

    /** Each PostgreSQL process's CPU so far, by pid (the processes of {@link #postgresPids}). */
    private Map<Long, Double> postgresCpu() {
        Map<Long, Double> cpu = new HashMap<>();
        for (long pid : postgresPids) {
            try {
                cpu.put(pid, cpuSeconds(pid));
            } catch (IOException e) {
                // gone: left out
            }
        }
        return cpu;
    }

    /** The pids pg_stat_activity lists (backends and background workers) and their parent, the postmaster. */
    private List<Long> postgresPids() throws Exception {
        List<Long> pids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl("hazard"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()")) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        }
        if (!pids.isEmpty()) {
            ProcessHandle.of(pids.get(0)).flatMap(ProcessHandle::parent).ifPresent(p -> pids.add(p.pid()));
        }
        return pids;
    }

    /** The machine's busy time so far, all cores (/proc/stat: user, nice, system, irq, softirq, steal). */
    private static double machineBusySeconds() throws IOException {
        String[] f = Files.readAllLines(Paths.get("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(f[i]);
        }
        return busy / 100.0;
    }

    /** A line of /proc/<pid>/status in kB (VmRSS: resident now, VmHWM: the peak). */
    private static long rss(long pid, String field) throws IOException {
        Path status = Paths.get("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith(field))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    }

    /** Resets the peak RSS of a process (Linux: 5 → clear_refs), so VmHWM shows the peak of what follows. */
    private static void resetPeak(long pid) {
        try {
            Files.writeString(Paths.get("/proc", String.valueOf(pid), "clear_refs"), "5");
        } catch (IOException e) {
            // not allowed here: the peak is then the process's own since its start
        }
    }

    private JsonNode get(String service, String path, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private JsonNode post(String service, String path, String token, Object body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private static String creditCode() {
        return CreditCode.withCheckCharacter("91" + DISTRICT + "BM" + String.format("%07d", SEQ.incrementAndGet() % 10_000_000));
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
    }
}
