package cn.gov.sed.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** deploy/k8s/observability is rendered into prod and checked; each of its rules bites when broken. */
class ObservabilityCheckTest {
    private static final List<ObjectNode> PROD = Kustomize.build(OverlaysTest.ROOT.resolve("deploy/k8s/overlays/prod"));

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(Trees.kind(o)) && name.equals(Trees.name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + "/" + name + " not rendered"));
    }

    private static void bites(Consumer<List<ObjectNode>> spoil, String expected) {
        List<ObjectNode> objects = new ArrayList<>(PROD.stream().map(ObjectNode::deepCopy).toList());
        spoil.accept(objects);
        List<String> problems = OverlayCheck.problems(objects, Environment.PROD, OverlaysTest.ROOT);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem with '" + expected + "', got " + problems);
    }

    private static ObjectNode firstRule(List<ObjectNode> o) {
        return (ObjectNode) find(o, "PrometheusRule", "sed-alerts").at("/spec/groups/0/rules/0");
    }

    @Test
    void prodRendersThePodMonitorTheRulesAndTheDashboardInItsNamespace() {
        for (String[] kindName : new String[][]{{"PodMonitor", "sed-services"}, {"PrometheusRule", "sed-alerts"},
                {"ConfigMap", "sed-grafana-dashboard"}}) {
            assertEquals("sed", find(PROD, kindName[0], kindName[1]).at("/metadata/namespace").asText());
        }
    }

    @Test
    void aMisspeltFieldOfAPrometheusOperatorKindFails() {
        bites(o -> ((ObjectNode) find(o, "PodMonitor", "sed-services").at("/spec/podMetricsEndpoints/0"))
                .put("intervall", "30s"), "PodMonitor/sed-services: unknown field");
        bites(o -> firstRule(o).put("fore", "5m"), "PrometheusRule/sed-alerts");
    }

    @Test
    void anExpressionNamingAMetricNoServiceExposesFails() {
        bites(o -> firstRule(o).put("expr", "max by (service) (sed_outbox_oldest_age) > 300"),
                "names sed_outbox_oldest_age, which deploy/k8s/observability/exposed-metrics.txt does not list");
    }

    @Test
    void anAlertWithoutItsRunbookOrWithALinkToNoHeadingFails() {
        bites(o -> ((ObjectNode) firstRule(o).get("annotations")).remove("runbook_url"),
                "alert SedOutboxOldestEventOld: needs annotations.runbook_url");
        bites(o -> ((ObjectNode) firstRule(o).get("annotations"))
                .put("runbook_url", "https://git.example.gov.cn/sed/sed/-/blob/main/README.md#no-such-heading"),
                "runbook_url must be");
        bites(o -> ((ObjectNode) firstRule(o).get("labels")).remove("severity"), "needs labels.severity");
    }

    @Test
    void aDashboardThatDiffersFromItsJsonFileOrIsNotJsonFails() {
        bites(o -> ((ObjectNode) find(o, "ConfigMap", "sed-grafana-dashboard").get("data"))
                .put("sed-suite.json", "{\"title\": \"x\""), "differs from deploy/k8s/observability/grafana-dashboard.json");
        bites(o -> ((ObjectNode) find(o, "ConfigMap", "sed-grafana-dashboard").get("data"))
                .put("sed-suite.json", "{\"title\": \"x\""), "the dashboard is not JSON");
    }

    @Test
    void aServiceNoPodMonitorSelectsFailsAndProdWithoutTheRulesFails() {
        bites(o -> ((ObjectNode) find(o, "PodMonitor", "sed-services").at("/spec/selector/matchLabels"))
                .put("app.kubernetes.io/name", "hazard-service"), "Deployment/task-service: no PodMonitor scrapes");
        bites(o -> o.remove(find(o, "PrometheusRule", "sed-alerts")), "prod: no PrometheusRule");
    }

    @Test
    void theMetricNamesOfAnExpression() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), PromQl.metricNames(
                "histogram_quantile(0.95, sum by (service, le) (rate(http_server_requests_seconds_bucket{uri!~\"/q/.*\", "
                        + "service=~\"$service\"}[$__rate_interval]))) > 1e3"));
        assertEquals(Set.of("sed_dlq_events_total"), PromQl.metricNames(
                "sum by (topic) (increase(sed_dlq_events_total[30m])) > 0 or sum(sed_dlq_events_total unless "
                        + "sed_dlq_events_total offset 30m) without (pod) > 0"));
        assertEquals(Set.of("a_total", "b_total", "up"), PromQl.metricNames(
                "a_total / on (service) group_left (x) b_total and absent(up{service=\"x\"} == 1)"));
    }
}
