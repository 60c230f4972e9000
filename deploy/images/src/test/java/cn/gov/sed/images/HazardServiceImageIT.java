package cn.gov.sed.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds hazard-service's image with the documented command on the base made here from Debian packages
 * ({@code deploy/images/build --base debian}, which trains its class archive against a database and broker of its
 * own) and reads the OCI archive it writes, as a registry would receive it: who the process runs as, what it starts,
 * which layers hold what, the JVM settings and the labels; then asks the image's own JDK what its class archive holds.
 * Runs where buildah and mmdebstrap are installed, as root (.ci/run installs them); skipped elsewhere.
 */
class HazardServiceImageIT {
    private static final String SERVICE = "hazard-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static String refName;
    private static JsonNode config;
    /** Per layer (in order): each file's path (without the leading "./") and its entry. */
    private static final List<Map<String, TarArchiveEntry>> layers = new ArrayList<>();
    private static final Map<String, String> texts = new HashMap<>();
    private static Path archive;
    private static String buildOutput;

    @BeforeAll
    static void buildTheImage() throws Exception {
        assumeTrue(onPath("buildah") && onPath("mmdebstrap"),
                "needs the Debian packages buildah and mmdebstrap (apt-get install buildah mmdebstrap)");
        assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root: mmdebstrap's root mode and buildah's vfs storage (as CI runs)");
        root = Path.of(System.getProperty("sed.root", "../..")).toAbsolutePath().normalize();
        assertTrue(Files.exists(root.resolve(SERVICE + "/target/quarkus-aot/quarkus-run.jar"))
                        && Files.exists(root.resolve("deploy/local/target/local-suite.jar")),
                "package hazard-service and deploy/local in the same build: mvn verify -pl deploy/images -am");

        Path log = root.resolve("deploy/images/target/build.log");
        Files.createDirectories(log.getParent());
        Process build = new ProcessBuilder(root.resolve("deploy/images/build").toString(),
                "--base", "debian", "--no-package", SERVICE)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(build.waitFor(25, TimeUnit.MINUTES), "the image build did not end in 25 minutes");
        String output = Files.readString(log);
        buildOutput = output;
        assertEquals(0, build.exitValue(), "deploy/images/build failed:\n" + output);
        String[] lines = output.strip().split("\n");
        archive = Path.of(lines[lines.length - 1].strip());
        assertTrue(Files.isRegularFile(archive), "the build names the archive it wrote:\n" + output);

        Map<String, byte[]> blobs = readArchive(archive);
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        assertEquals(1, index.path("manifests").size(), "one image in the archive");
        JsonNode descriptor = index.path("manifests").get(0);
        refName = descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText();
        JsonNode manifest = JSON.readTree(blob(blobs, descriptor.path("digest").asText()));
        config = JSON.readTree(blob(blobs, manifest.path("config").path("digest").asText()));
        for (JsonNode layer : manifest.path("layers")) {
            layers.add(readLayer(blob(blobs, layer.path("digest").asText())));
        }
    }

    @Test
    void theProcessRunsAsTheServiceUserNotRoot() {
        assertEquals("185", config.path("config").path("User").asText());
        String passwd = texts.get("etc/passwd");
        assertTrue(passwd != null && passwd.contains(":x:185:0:"), "the base image has the user 185:\n" + passwd);
        TarArchiveEntry deployments = find("deployments");
        assertEquals(185, deployments.getLongUserId(), "/deployments belongs to the service user");
        assertEquals(185, find("deployments/quarkus-run.jar").getLongUserId());
        assertEquals(0, find("deployments/quarkus-run.jar").getLongGroupId(), "group 0, as OpenShift runs it");
    }

    @Test
    void theBuildLeavesNothingInTheTemporaryDirectory() {
        // /tmp is the one path the service writes (an emptyDir under a read-only root filesystem in a pod)
        assertEquals(List.of(), layers.stream().flatMap(l -> l.keySet().stream())
                .filter(p -> p.startsWith("tmp/")).toList());
        assertEquals(01777, find("tmp").getMode() & 07777, "/tmp is writable by anyone, sticky");
    }

    @Test
    void itStartsJavaWithTheServicesJvmOptionsOnTheQuarkusAppLayout() {
        JsonNode c = config.path("config");
        assertEquals(List.of("java", "@/deployments/jvm.options", "-Dquarkus.http.host=0.0.0.0",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "quarkus-run.jar"),
                strings(c.path("Entrypoint")));
        assertTrue(c.path("Cmd").isMissingNode() || c.path("Cmd").isNull() || c.path("Cmd").isEmpty(),
                "no command to override by accident: " + c.path("Cmd"));
        assertEquals("/deployments", c.path("WorkingDir").asText());
        assertTrue(strings(c.path("Env")).contains("MALLOC_ARENA_MAX=2"), c.path("Env").toString());
        assertTrue(c.path("ExposedPorts").has("8082/tcp"));
        // the java the entrypoint names is the base's JDK 17
        assertTrue(texts.containsKey("usr/lib/jvm/java-17-openjdk-amd64/release")
                        && texts.get("usr/lib/jvm/java-17-openjdk-amd64/release").contains("JAVA_VERSION=\"17"),
                "the base carries a JDK 17");
    }

    @Test
    void theImageCarriesTheMeasuredJvmSettingsAndItsOwnClassArchive() throws IOException {
        String options = texts.get("deployments/jvm.options");
        assertEquals(Files.readString(root.resolve(SERVICE + "/src/main/jvm/jvm.options")), options,
                "the image's jvm.options is the service's own file");
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=app-cds.jsa", "-XX:+UseSerialGC",
                "-Xmx192m", "-XX:MaxMetaspaceSize=160m", "-XX:+ExitOnOutOfMemoryError")) {
            assertTrue(options.lines().anyMatch(flag::equals), "jvm.options has " + flag);
        }
        // written at build time by the image's own JDK (the build's archive is never copied), beside the jar
        TarArchiveEntry archive = find("deployments/app-cds.jsa");
        assertTrue(archive.getSize() > 10_000_000, "a class archive of the application: " + archive.getSize() + " bytes");
        assertTrue(layerOf("deployments/app-cds.jsa") > layerOf("deployments/quarkus-run.jar"),
                "the archive is made after the application is in place");
    }

    @Test
    void itsClassArchiveWasTrainedByAStartThatReachedTheDatabaseAndBrokerAndServedReads() throws Exception {
        // the training run's own account: ready, every read of training-reads answered as expected, an archive written
        assertTrue(buildOutput.lines().anyMatch(l -> l.matches("training hazard-service: ready, \\d+ reads, archive of \\d+ MB written")),
                buildOutput);
        assertEquals("trained", config.path("config").path("Labels").path("cn.gov.sed.class-archive").asText());
        // the image's JDK lists what the archive holds and checks it against itself and the class path the
        // entrypoint gives (-Xshare:on: an archive it could not map is an error, not a silent fallback)
        String listing = inTheImage("java", "@/deployments/jvm.options", "-Xshare:on", "-XX:+PrintSharedArchiveAndExit",
                "-jar", "quarkus-run.jar");
        assertTrue(listing.contains("archive is valid"), listing.substring(Math.max(0, listing.length() - 2000)));
        for (String loadedOnlyByTheTraining : List.of(
                "org.postgresql.jdbc.PgConnection",                    // a connection to the database was opened
                "org.hibernate.internal.SessionImpl",                  // and a session used
                "org.apache.kafka.clients.consumer.KafkaConsumer",     // the consumers reached the broker
                "cn.gov.sed.hazard.hazard.HazardResource",             // the reads of training-reads were served
                "cn.gov.sed.hazard.hazard.HazardSummary")) {           // ?view=summary among them
            assertTrue(listing.lines().anyMatch(l -> l.endsWith(" " + loadedOnlyByTheTraining + " app_loader")),
                    "the archive holds " + loadedOnlyByTheTraining);
        }
    }

    @Test
    void nothingOfTheTrainingStaysInTheImage() {
        // the training's key, token and addresses were mounted for one step, never copied
        List<String> leftovers = layers.stream().flatMap(l -> l.keySet().stream())
                .filter(p -> p.startsWith("target") || p.endsWith("/token") || p.endsWith("publicKey.pem")
                        || p.endsWith(".env") || p.endsWith("train.sh"))
                .toList();
        assertEquals(List.of(), leftovers);
        String configText = config.toString();
        for (String trace : List.of("jdbc:", "sed-training", "Bearer", "KAFKA_BOOTSTRAP_SERVERS", "JWT_")) {
            assertFalse(configText.contains(trace), "the image's config and history name no " + trace + ": " + configText);
        }
    }

    @Test
    void theDependenciesAreALayerOfTheirOwnBelowTheApplication() {
        int dependencies = layerOf("deployments/lib/main/io.quarkus.quarkus-core-" + quarkusCoreVersion() + ".jar");
        int application = layerOf("deployments/app/hazard-service-" + System.getProperty("sed.version") + ".jar");
        assertTrue(dependencies < application, "dependencies below the application");
        assertTrue(layers.get(dependencies).entrySet().stream()
                        .filter(e -> !e.getValue().isDirectory())
                        .allMatch(e -> e.getKey().startsWith("deployments/lib/")),
                "the dependencies' layer holds nothing else, so a new build of the code reuses it");
        assertTrue(layers.get(application).keySet().stream()
                        .noneMatch(p -> p.startsWith("deployments/lib/")),
                "the application's layer holds no dependency");
        assertTrue(layerOf("usr/bin/java") < dependencies, "the JRE comes from the base, below both");
    }

    @Test
    void itIsLabelledAndTaggedByVersionNeverLatest() {
        JsonNode labels = config.path("config").path("Labels");
        assertEquals(SERVICE, labels.path("org.opencontainers.image.title").asText());
        assertEquals(System.getProperty("sed.version"), labels.path("org.opencontainers.image.version").asText());
        assertTrue(labels.path("org.opencontainers.image.revision").asText().matches("[0-9a-f]{40}"),
                "the commit it was built from: " + labels);
        assertTrue(labels.path("org.opencontainers.image.created").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertFalse(labels.path("org.opencontainers.image.description").asText().isBlank());
        assertTrue(labels.path("org.opencontainers.image.base.name").asText().startsWith("debian-base.sh@"),
                "the base it was built on: " + labels);

        assertTrue(refName.startsWith("sed/" + SERVICE + ":" + System.getProperty("sed.version") + "-"), refName);
        assertNotEquals("latest", refName.substring(refName.lastIndexOf(':') + 1));
    }

    private static int layerOf(String path) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).containsKey(path)) {
                return i;
            }
        }
        throw new AssertionError("no layer holds " + path);
    }

    private static TarArchiveEntry find(String path) {
        return layers.get(layerOf(path)).get(path);
    }

    private static String quarkusCoreVersion() {
        return layers.stream().flatMap(l -> l.keySet().stream())
                .filter(p -> p.matches("deployments/lib/main/io\\.quarkus\\.quarkus-core-[0-9].*\\.jar"))
                .map(p -> p.substring("deployments/lib/main/io.quarkus.quarkus-core-".length(), p.length() - 4))
                .findFirst().orElseThrow(() -> new AssertionError("quarkus-core is not among the dependencies"));
    }

    private static Map<String, byte[]> readArchive(Path archive) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    files.put(strip(e.getName()), tar.readAllBytes());
                }
            }
        }
        return files;
    }

    private static byte[] blob(Map<String, byte[]> files, String digest) {
        byte[] blob = files.get("blobs/" + digest.replace(':', '/'));
        assertTrue(blob != null, "the archive holds " + digest);
        return blob;
    }

    /** A layer's entries; the small text files the tests read are kept (the last layer that writes one wins). */
    private static Map<String, TarArchiveEntry> readLayer(byte[] gzipped) throws IOException {
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (InputStream in = new GzipCompressorInputStream(new java.io.ByteArrayInputStream(gzipped));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String path = strip(e.getName()).replaceAll("/$", "");
                entries.put(path, e);
                if (e.isFile() && (path.equals("etc/passwd") || path.endsWith("jvm.options") || path.endsWith("/release"))) {
                    texts.put(path, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    private static String strip(String name) {
        return name.startsWith("./") ? name.substring(2) : name.startsWith("/") ? name.substring(1) : name;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Runs a command in a container of the built image (its own store, thrown away) and returns its output. */
    private static String inTheImage(String... command) throws Exception {
        Path store = Files.createTempDirectory("sed-image-it");
        List<String> buildah = List.of("buildah", "--root", store.resolve("storage").toString(),
                "--runroot", store.resolve("run").toString(), "--storage-driver",
                System.getenv().getOrDefault("SED_STORAGE_DRIVER", "overlay"));
        try {
            String image = run(buildah, "pull", "-q", "oci-archive:" + archive).strip();
            String container = run(buildah, "from", "-q", image).strip();
            List<String> args = new ArrayList<>(List.of("run", "--isolation", "chroot", container, "--"));
            args.addAll(List.of(command));
            return run(buildah, args.toArray(String[]::new));
        } finally {
            run(buildah, "rm", "-a");
            run(buildah, "rmi", "-af");
            new ProcessBuilder("rm", "-rf", store.toString()).start().waitFor();
        }
    }

    private static String run(List<String> prefix, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sed-image-it", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not end in 5 minutes");
            String output = Files.readString(out);
            assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
