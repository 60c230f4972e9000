package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CloudNativePG's {@code Cluster} and {@code ScheduledBackup} have no Java model: this checks the fields we use,
 * written from the operator's API reference (postgresql.cnpg.io/v1). At every level we use, a field must be one
 * the API knows and of the right type; at the levels we do not use (say {@code spec.affinity}) nothing is checked,
 * so keep what these manifests use to what is listed here, or list it here first.
 */
final class CloudNativePgCheck {
    static final String API = "postgresql.cnpg.io/v1";

    /** path → the fields the API has there (the subset of them we may use, each known to the API). */
    private static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("Cluster", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("Cluster.spec", Set.of("instances", "imageName", "bootstrap", "storage", "walStorage",
                    "monitoring", "backup", "resources", "affinity", "postgresql", "primaryUpdateStrategy",
                    "primaryUpdateMethod", "enableSuperuserAccess", "description", "inheritedMetadata",
                    "topologySpreadConstraints", "priorityClassName", "startDelay", "stopDelay",
                    "switchoverDelay", "minSyncReplicas", "maxSyncReplicas", "superuserSecret", "imagePullSecrets")),
            Map.entry("Cluster.spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup")),
            Map.entry("Cluster.spec.bootstrap.initdb", Set.of("database", "owner", "secret", "dataChecksums",
                    "encoding", "localeCollate", "localeCType", "walSegmentSize", "postInitSQL",
                    "postInitApplicationSQL", "postInitTemplateSQL")),
            Map.entry("Cluster.spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate")),
            Map.entry("Cluster.spec.monitoring", Set.of("enablePodMonitor", "customQueriesConfigMap",
                    "customQueriesSecret", "disableDefaultQueries", "podMonitorMetricRelabelings",
                    "podMonitorRelabelings")),
            Map.entry("Cluster.spec.backup", Set.of("barmanObjectStore", "retentionPolicy", "target",
                    "volumeSnapshot")),
            Map.entry("Cluster.spec.backup.barmanObjectStore", Set.of("destinationPath", "endpointURL", "endpointCA",
                    "s3Credentials", "serverName", "wal", "data", "tags", "historyTags")),
            Map.entry("Cluster.spec.backup.barmanObjectStore.s3Credentials", Set.of("accessKeyId",
                    "secretAccessKey", "region", "sessionToken", "inheritFromIAMRole")),
            Map.entry("Cluster.spec.backup.barmanObjectStore.s3Credentials.accessKeyId", Set.of("name", "key")),
            Map.entry("Cluster.spec.backup.barmanObjectStore.s3Credentials.secretAccessKey", Set.of("name", "key")),
            Map.entry("Cluster.spec.backup.barmanObjectStore.s3Credentials.region", Set.of("name", "key")),
            Map.entry("Cluster.spec.backup.barmanObjectStore.wal", Set.of("compression", "encryption",
                    "maxParallel")),
            Map.entry("Cluster.spec.backup.barmanObjectStore.data", Set.of("compression", "encryption",
                    "immediateCheckpoint", "jobs")),
            Map.entry("ScheduledBackup", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("ScheduledBackup.spec", Set.of("schedule", "cluster", "backupOwnerReference", "immediate",
                    "suspend", "method", "target", "online")),
            Map.entry("ScheduledBackup.spec.cluster", Set.of("name")));

    private static final Set<String> COMPRESSIONS = Set.of("gzip", "bzip2", "snappy");
    /** barman's retention policy: a number of days, weeks or months. */
    private static final Pattern RETENTION = Pattern.compile("[1-9][0-9]*[dwm]");
    /** the operator's schedule: six fields, seconds first. */
    private static final Pattern SCHEDULE = Pattern.compile("\\S+( \\S+){5}");

    private CloudNativePgCheck() {
    }

    static boolean handles(JsonNode object) {
        return Trees.apiVersion(object).startsWith("postgresql.cnpg.io/");
    }

    static void check(ObjectNode object) {
        String id = Trees.id(object);
        if (!API.equals(Trees.apiVersion(object))) {
            throw new ManifestException(id + ": CloudNativePG's API is " + API);
        }
        String kind = Trees.kind(object);
        if (!FIELDS.containsKey(kind)) {
            throw new ManifestException(id + ": no check for CloudNativePG kind " + kind);
        }
        List<String> problems = new ArrayList<>();
        knownFields(object, kind, problems);
        StrictModels.read(object.path("metadata"), ObjectMeta.class, id + " metadata");
        JsonNode spec = object.path("spec");
        if ("Cluster".equals(kind)) {
            integer(spec, "instances", 1, problems);
            JsonNode initdb = spec.path("bootstrap").path("initdb");
            text(initdb, "database", problems);
            text(initdb, "owner", problems);
            quantity(spec.path("storage"), "size", problems);
            bool(spec.path("monitoring"), "enablePodMonitor", problems);
            JsonNode backup = spec.path("backup");
            if (!backup.isMissingNode()) {
                if (!RETENTION.matcher(backup.path("retentionPolicy").asText()).matches()) {
                    problems.add("spec.backup.retentionPolicy must be like 30d, 4w or 3m");
                }
                JsonNode store = backup.path("barmanObjectStore");
                if (!store.path("destinationPath").asText().matches("(s3|gs|https)://.+")) {
                    problems.add("spec.backup.barmanObjectStore.destinationPath must be an object-store URL");
                }
                for (String key : List.of("accessKeyId", "secretAccessKey")) {
                    JsonNode ref = store.path("s3Credentials").path(key);
                    text(ref, "name", problems);
                    text(ref, "key", problems);
                }
                for (String part : List.of("wal", "data")) {
                    JsonNode compression = store.path(part).path("compression");
                    if (!compression.isMissingNode() && !COMPRESSIONS.contains(compression.asText())) {
                        problems.add("spec.backup.barmanObjectStore." + part + ".compression: one of " + COMPRESSIONS);
                    }
                }
            }
        } else {
            if (!SCHEDULE.matcher(spec.path("schedule").asText()).matches()) {
                problems.add("spec.schedule must have six fields, seconds first");
            }
            text(spec.path("cluster"), "name", problems);
            String method = spec.path("method").asText("barmanObjectStore");
            if (!Set.of("barmanObjectStore", "volumeSnapshot", "plugin").contains(method)) {
                problems.add("spec.method: barmanObjectStore, volumeSnapshot or plugin");
            }
            String owner = spec.path("backupOwnerReference").asText("none");
            if (!Set.of("none", "self", "cluster").contains(owner)) {
                problems.add("spec.backupOwnerReference: none, self or cluster");
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException(id + ": " + String.join("; ", problems));
        }
    }

    private static void knownFields(JsonNode node, String path, List<String> problems) {
        Set<String> known = FIELDS.get(path);
        if (known == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            String child = path + "." + field;
            if (!known.contains(field)) {
                problems.add("unknown field " + child.substring(child.indexOf('.') + 1));
            } else if (FIELDS.containsKey(child) && !node.get(field).isObject()) {
                problems.add(child.substring(child.indexOf('.') + 1) + " must be a mapping");
            } else {
                knownFields(node.get(field), child, problems);
            }
        }
    }

    private static void integer(JsonNode node, String field, int min, List<String> problems) {
        if (!node.path(field).isInt() || node.path(field).asInt() < min) {
            problems.add("spec." + field + " must be a whole number ≥ " + min);
        }
    }

    private static void text(JsonNode node, String field, List<String> problems) {
        if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            problems.add(field + " must be a non-empty string");
        }
    }

    private static void bool(JsonNode node, String field, List<String> problems) {
        if (node.has(field) && !node.get(field).isBoolean()) {
            problems.add(field + " must be true or false");
        }
    }

    private static void quantity(JsonNode node, String field, List<String> problems) {
        try {
            Quantity.getAmountInBytes(new Quantity(node.path(field).asText()));
        } catch (RuntimeException e) {
            problems.add("spec.storage." + field + " must be a quantity like 20Gi");
        }
    }
}
