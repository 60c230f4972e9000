package cn.gov.sed.bench;

import cn.gov.sed.contracts.vocabulary.CreditCode;
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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the running suite (the four packaged services, one broker, PostgreSQL) beside the floor of the
 * same machine in the same run:
 * <ul>
 *   <li>commit → broker: an inspection completed over HTTP (its transaction committed) until its
 *   {@code InspectionCompleted} reaches a consumer; floor: Kafka's own producer → consumer latency;</li>
 *   <li>inspection → hazard: the same completion until hazard-service's {@code HazardRegistered} for its finding
 *   reaches a consumer (two services, two topics, two outboxes);</li>
 *   <li>a read: {@code GET /api/v1/hazards?size=20} under concurrent clients; floor: the same query in raw SQL
 *   through pgbench;</li>
 *   <li>memory: each service's resident set size before and after.</li>
 * </ul>
 * Writes {@code docs/benchmarks.md}.
 */
public final class Bench {
    private static final String DISTRICT = "120116";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSuite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String city = Tokens.city();
    private final String inspector = Tokens.inspector(DISTRICT);
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final AtomicBoolean consuming = new AtomicBoolean(true);

    private Bench(RunningSuite suite) {
        this.suite = suite;
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int readSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        RunningSuite suite = RunningSuite.get();
        new Bench(suite).run(iterations, readSeconds);
        System.exit(0);
    }

    private void run(int iterations, int readSeconds) throws Exception {
        Map<String, Long> rssBefore = rss();
        CountDownLatch ready = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consume(ready), "bench-consumer");
        consumer.start();
        ready.await();

        // warm-up, not measured
        eventRound(20, new Stats(), new Stats());
        Stats commitToConsumer = new Stats();
        Stats inspectionToHazard = new Stats();
        long started = System.nanoTime();
        eventRound(iterations, commitToConsumer, inspectionToHazard);
        double eventSeconds = (System.nanoTime() - started) / 1e9;
        Stats kafkaFloor = kafkaFloor(iterations);

        Stats reads = new Stats();
        long hazards = get("hazard-service", "/api/v1/hazards?size=1", city).path("total").asLong();
        long readCount = readLoad(readSeconds, 4, reads);
        String pgbench = pgbenchFloor(readSeconds, 4);
        Map<String, Long> rssAfter = rss();
        consuming.set(false);
        consumer.join(5_000);

        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Produced by `bench/run` (").append(iterations).append(" iterations, ").append(readSeconds)
                .append(" s of reads) on ").append(OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". The suite runs as in the system tests: the four ")
                .append("packaged services (`-Xmx256m` each), one in-process Kafka broker and an embedded PostgreSQL 17, ")
                .append("all on this machine. Each figure stands beside the floor measured in the same run.\n\n");
        md.append("## Events (light load: one inspection at a time)\n\n");
        md.append("| path | samples | throughput | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        md.append(commitToConsumer.row("commit → broker → consumer: `POST …/complete` answered (committed) until its "
                + "`InspectionCompleted` is read", String.format("%.1f inspections/s (one client, 6 requests each)",
                iterations / eventSeconds))).append('\n');
        md.append(inspectionToHazard.row("inspection → hazard: `…/complete` answered until hazard-service's "
                + "`HazardRegistered` is read (two outboxes, two topics)", "")).append('\n');
        md.append(kafkaFloor.row("floor: Kafka alone, producer `send` (acks=all) until the same consumer reads it",
                "")).append("\n\n");
        md.append("Commit → broker is bounded below by the floor plus one PostgreSQL round trip: the relay is woken by ")
                .append("the transaction's `NOTIFY` at commit (no polling interval in the path).\n\n");
        md.append("## Reads\n\n");
        md.append("| what | requests | throughput | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        md.append(reads.row("`GET /api/v1/hazards?size=20` (city token, 4 clients, paging with total, " + hazards
                        + " hazards in the register)",
                String.format("%.0f req/s", readCount / (double) readSeconds))).append('\n');
        md.append("\nFloor (raw SQL through pgbench, the same page query and count, 4 clients): ").append(pgbench).append("\n\n");
        md.append("## Memory (resident set size of each service process)\n\n| service | before (MB) | after the run (MB) |\n|---|---|---|\n");
        for (String service : RunningSuite.SERVICES) {
            md.append("| ").append(service).append(" | ").append(rssBefore.get(service) / 1024).append(" | ")
                    .append(rssAfter.get(service) / 1024).append(" |\n");
        }
        md.append("\nCommand: `bench/run` (see bench/README.md).\n");
        Path out = Paths.get(System.getProperty("sed.project.root", ".")).resolve("docs/benchmarks.md");
        Files.writeString(out, md.toString());
        System.out.println(md);
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

    private long readLoad(int seconds, int clients, Stats stats) throws Exception {
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        URI uri = URI.create(suite.url("hazard-service") + "/api/v1/hazards?size=20");
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + city)
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            stats.add(System.nanoTime() - start);
                            count.incrementAndGet();
                        }
                    } catch (Exception e) {
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
        return count.get();
    }

    /** The same page and count in raw SQL through pgbench, when the machine has it. */
    private String pgbenchFloor(int seconds, int clients) throws Exception {
        Path pgbench = findPgbench();
        if (pgbench == null) {
            return "pgbench not found on this machine (install postgresql-client); no floor measured";
        }
        Path script = Files.createTempFile("bench-", ".sql");
        Files.writeString(script, System.getProperty("sed.bench.floorSql",
                "SELECT * FROM hazard ORDER BY found_at DESC, id LIMIT 20;\nSELECT count(*) FROM hazard;\n"));
        Process process = new ProcessBuilder(pgbench.toString(), "-n", "-h", "127.0.0.1", "-p",
                String.valueOf(suite.postgresPort()), "-U", "postgres", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(seconds), "-f", script.toString(), "-r", "hazard")
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        StringBuilder summary = new StringBuilder();
        for (String line : output.split("\n")) {
            if (line.startsWith("tps") || line.contains("latency average") || line.startsWith("number of transactions")) {
                summary.append(summary.length() == 0 ? "" : "; ").append(line.trim());
            }
        }
        return summary.length() == 0 ? "pgbench failed: " + output.lines().reduce((a, b) -> b).orElse("") : summary.toString();
    }

    private static Path findPgbench() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Paths.get(dir, "pgbench"))) {
                return Paths.get(dir, "pgbench");
            }
        }
        Path debian = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst().orElse(null);
            }
        }
        return null;
    }

    private Map<String, Long> rss() throws IOException {
        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        for (String service : RunningSuite.SERVICES) {
            Path status = Paths.get("/proc", String.valueOf(suite.process(service).pid()), "status");
            long kb = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
            rss.put(service, kb);
        }
        return rss;
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
