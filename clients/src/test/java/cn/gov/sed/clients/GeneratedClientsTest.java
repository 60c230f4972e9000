package cn.gov.sed.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clients an integrator generates read like hand-written ones: every operation of a service's committed spec is
 * a method of that name in the generated Java client and in the generated TypeScript client, and no method is named
 * after a path ({@code apiV1HazardsGet}).
 */
class GeneratedClientsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).getParent();

    @ParameterizedTest
    @ValueSource(strings = {"inspection", "hazard", "task", "notification"})
    void everyOperationIsANamedMethodOfTheJavaAndTypeScriptClients(String service) throws Exception {
        List<String> operationIds = operationIds(PROJECT.resolve("docs/openapi/" + service + "-service.yaml"));
        assertTrue(operationIds.size() > 5, service + " has " + operationIds.size() + " operations");

        Set<String> javaMethods = new HashSet<>();
        Path apiClasses = Path.of("target/classes/cn/gov/sed/clients/" + service + "/api");
        try (Stream<Path> files = Files.list(apiClasses)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[A-Za-z]+Api\\.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                for (Method method : Class.forName("cn.gov.sed.clients." + service + ".api." + name).getMethods()) {
                    javaMethods.add(method.getName());
                }
            }
        }
        String typeScript = typeScriptApis(PROJECT.resolve("clients/target/generated-typescript/" + service + "/apis"));
        List<String> missing = new ArrayList<>();
        for (String id : operationIds) {
            if (!javaMethods.contains(id)) {
                missing.add("Java " + id);
            }
            if (!typeScript.contains("async " + id + "(")) {
                missing.add("TypeScript " + id);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(javaMethods.stream().noneMatch(m -> m.startsWith("apiV1")), javaMethods.toString());
    }

    private static List<String> operationIds(Path spec) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Iterator<JsonNode> paths = YAML.readTree(spec.toFile()).path("paths").elements(); paths.hasNext(); ) {
            paths.next().elements().forEachRemaining(op -> {
                if (op.has("operationId")) {
                    ids.add(op.path("operationId").asText());
                }
            });
        }
        return ids;
    }

    private static String typeScriptApis(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ts")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
