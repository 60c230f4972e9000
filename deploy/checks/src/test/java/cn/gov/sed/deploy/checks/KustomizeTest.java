package cn.gov.sed.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer applies kustomize's rules for the features we use, and refuses the others. */
class KustomizeTest {
    @TempDir
    Path dir;

    private static final String BASE_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d, labels: {app: d}}
            spec:
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - name: d
                      image: registry.example/d:1
                      env:
                        - {name: A, value: "1"}
                        - {name: B, value: "2"}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: db}
            spec:
              instances: 2
              postgresql: {parameters: {max_connections: "100"}}
            """;

    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<ObjectNode> overlay(String kustomization) throws IOException {
        write("base/kustomization.yaml", "resources: [all.yaml]\n");
        write("base/all.yaml", BASE_DEPLOYMENT);
        write("overlay/kustomization.yaml", kustomization);
        return Kustomize.build(dir.resolve("overlay"));
    }

    private static JsonNode deployment(List<ObjectNode> objects) {
        return objects.stream().filter(o -> "Deployment".equals(Trees.kind(o))).findFirst().orElseThrow();
    }

    @Test
    void namespaceLabelsImagesAndPatchesApply() throws IOException {
        write("overlay/env.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: d
                          env:
                            - {name: B, value: "two"}
                            - {name: C, value: "3"}
                """);
        List<ObjectNode> objects = overlay("""
                resources: [../base]
                namespace: ns
                labels:
                  - pairs: {tier: api}
                    includeTemplates: true
                patches:
                  - path: env.yaml
                  - patch: |-
                      - {op: replace, path: /spec/instances, value: 1}
                    target: {kind: Cluster, name: db}
                images:
                  - {name: registry.example/d, newTag: "2"}
                """);
        JsonNode d = deployment(objects);
        assertEquals("ns", d.at("/metadata/namespace").asText());
        assertEquals("api", d.at("/metadata/labels/tier").asText());
        assertEquals("api", d.at("/spec/template/metadata/labels/tier").asText());
        assertTrue(d.at("/spec/selector/matchLabels/tier").isMissingNode(), "labels leave selectors alone");
        assertEquals("registry.example/d:2", d.at("/spec/template/spec/containers/0/image").asText());
        // env merges by name: A kept, B replaced, C added
        assertEquals("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"two\"},{\"name\":\"C\",\"value\":\"3\"}]",
                d.at("/spec/template/spec/containers/0/env").toString());
        JsonNode db = objects.get(1);
        assertEquals(1, db.at("/spec/instances").asInt());
        assertEquals("100", db.at("/spec/postgresql/parameters/max_connections").asText());
    }

    @Test
    void listsOfCustomResourcesAreReplacedWhole() throws IOException {
        write("overlay/cluster.yaml", """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  postgresql: {pg_hba: [host all all 10.0.0.0/8 scram-sha-256]}
                """);
        write("overlay/more.yaml", """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  postgresql: {pg_hba: [hostssl all all 0.0.0.0/0 scram-sha-256]}
                """);
        List<ObjectNode> objects = overlay("resources: [../base]\npatches: [{path: cluster.yaml}, {path: more.yaml}]\n");
        assertEquals("[\"hostssl all all 0.0.0.0/0 scram-sha-256\"]",
                objects.get(1).at("/spec/postgresql/pg_hba").toString());
    }

    @Test
    void aNullInAPatchRemovesTheField() throws IOException {
        write("overlay/p.yaml", "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: db}\n"
                + "spec: {postgresql: null}\n");
        List<ObjectNode> objects = overlay("resources: [../base]\npatches: [{path: p.yaml}]\n");
        assertTrue(objects.get(1).at("/spec/postgresql").isMissingNode());
    }

    @Test
    void unsupportedFeaturesAreRefusedByName() throws IOException {
        for (String field : List.of("commonLabels: {a: b}", "configMapGenerator: [{name: c, literals: [a=b]}]",
                "namePrefix: x-", "components: [../c]", "replicas: [{name: d, count: 3}]")) {
            ManifestException e = assertThrows(ManifestException.class,
                    () -> overlay("resources: [../base]\n" + field + "\n"));
            assertTrue(e.getMessage().contains("'" + field.substring(0, field.indexOf(':')) + "' is not supported"),
                    e.getMessage());
        }
    }

    @Test
    void aMisspeltKustomizationFieldFails() throws IOException {
        assertThrows(ManifestException.class, () -> overlay("resourses: [../base]\n"));
        ManifestException e = assertThrows(ManifestException.class,
                () -> overlay("resources: [../base]\npatches: [{pth: p.yaml}]\n"));
        assertTrue(e.getMessage().contains("pth"), e.getMessage());
    }

    @Test
    void aPatchFileWithTwoDocumentsFails() throws IOException {
        write("overlay/p.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 3}\n---\n"
                + "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: db}\nspec: {instances: 1}\n");
        ManifestException e = assertThrows(ManifestException.class,
                () -> overlay("resources: [../base]\npatches: [{path: p.yaml}]\n"));
        assertTrue(e.getMessage().contains("one document expected in a patch, found 2"), e.getMessage());
    }

    @Test
    void aPatchThatMatchesNothingFails() throws IOException {
        write("overlay/p.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: typo}\nspec: {replicas: 3}\n");
        ManifestException e = assertThrows(ManifestException.class,
                () -> overlay("resources: [../base]\npatches: [{path: p.yaml}]\n"));
        assertTrue(e.getMessage().contains("0 objects Deployment/typo"), e.getMessage());
    }

    @Test
    void aJsonPatchOnAMissingPathFails() throws IOException {
        ManifestException e = assertThrows(ManifestException.class, () -> overlay("""
                resources: [../base]
                patches:
                  - patch: |-
                      - {op: replace, path: /spec/instancez, value: 1}
                    target: {kind: Cluster, name: db}
                """));
        assertTrue(e.getMessage().contains("/spec/instancez does not exist"), e.getMessage());
    }

    @Test
    void anImageNobodyUsesFails() throws IOException {
        ManifestException e = assertThrows(ManifestException.class,
                () -> overlay("resources: [../base]\nimages: [{name: registry.example/typo, newTag: \"2\"}]\n"));
        assertTrue(e.getMessage().contains("no container uses image"), e.getMessage());
    }

    @Test
    void aMissingResourceOrRemoteBaseFails() throws IOException {
        assertThrows(ManifestException.class, () -> overlay("resources: [../bsae]\n"));
        assertThrows(ManifestException.class,
                () -> overlay("resources: [\"https://github.com/example/repo//deploy?ref=main\"]\n"));
    }
}
