package cn.gov.sed.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every overlay renders, every object reads strictly into its model, and every rule holds. */
class OverlaysTest {
    static final Path ROOT = Path.of(System.getProperty("sed.root", "../..")).toAbsolutePath().normalize();

    @Test
    void localOverlayRendersAndKeepsEveryRule() {
        assertEquals(List.of(), OverlayCheck.problems(ROOT, "local", Environment.LOCAL));
    }

    @Test
    void prodOverlayRendersAndKeepsEveryRule() {
        assertEquals(List.of(), OverlayCheck.problems(ROOT, "prod", Environment.PROD));
    }

    @Test
    void prodOverlayHasWhatProductionNeeds() {
        List<ObjectNode> prod = Kustomize.build(ROOT.resolve("deploy/k8s/overlays/prod"));
        long kinds = prod.stream().map(Trees::kind).distinct().count();
        assertTrue(kinds >= 12, "kinds: " + prod.stream().map(Trees::kind).distinct().toList());
        for (String service : List.of("inspection-service", "hazard-service", "task-service", "notification-service")) {
            for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                    "NetworkPolicy", "KafkaUser")) {
                assertTrue(prod.stream().anyMatch(o -> kind.equals(Trees.kind(o)) && service.equals(Trees.name(o))),
                        kind + "/" + service);
            }
        }
        assertTrue(prod.stream().allMatch(o -> "sed".equals(o.path("metadata").path("namespace").asText())));
    }
}
