package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of {@code deploy/k8s/observability}, on the typed objects of a rendered overlay:
 * <ul>
 *   <li>prod has a PodMonitor, a PrometheusRule and the Grafana dashboard ConfigMap; the PodMonitor selects every
 *   API Deployment's pods, on a container port of theirs, at {@code /q/metrics};</li>
 *   <li>every alert has a severity, a {@code for} or not as it chooses, and a summary, description and
 *   {@code runbook_url} whose anchor is a heading of the README;</li>
 *   <li>the dashboard ConfigMap holds exactly {@code grafana-dashboard.json}, which parses, and each of its panels
 *   has a title and queries;</li>
 *   <li>every metric a PromQL expression (alerts and panels) names is listed in {@code exposed-metrics.txt}, the
 *   list that system-tests' MetricsScrapeIT holds against what the services serve.</li>
 * </ul>
 */
public final class ObservabilityCheck {
    static final String DIRECTORY = "deploy/k8s/observability";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *$");

    private final Path root;
    private final List<String> problems = new ArrayList<>();

    private ObservabilityCheck(Path root) {
        this.root = root;
    }

    /** Every rule broken by these typed objects; the observability objects are required in prod only. */
    public static List<String> check(List<Object> objects, Environment environment, Path root) {
        ObservabilityCheck c = new ObservabilityCheck(root);
        List<PodMonitor> monitors = new ArrayList<>();
        List<PrometheusRule> rules = new ArrayList<>();
        List<ConfigMap> dashboards = new ArrayList<>();
        List<Deployment> deployments = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof PodMonitor m) {
                monitors.add(m);
            } else if (o instanceof PrometheusRule r) {
                rules.add(r);
            } else if (o instanceof ConfigMap m && m.getMetadata().getLabels() != null
                    && "1".equals(m.getMetadata().getLabels().get("grafana_dashboard"))) {
                dashboards.add(m);
            } else if (o instanceof Deployment d) {
                deployments.add(d);
            }
        }
        if (environment == Environment.PROD) {
            if (monitors.isEmpty()) {
                c.problems.add("prod: no PodMonitor scrapes the services (" + DIRECTORY + ")");
            }
            if (rules.isEmpty()) {
                c.problems.add("prod: no PrometheusRule (" + DIRECTORY + ")");
            }
            if (dashboards.isEmpty()) {
                c.problems.add("prod: no ConfigMap with label grafana_dashboard: \"1\" (" + DIRECTORY + ")");
            }
        }
        if (monitors.isEmpty() && rules.isEmpty() && dashboards.isEmpty()) {
            return c.problems;
        }
        Map<String, Set<String>> exposed = c.exposedMetrics();
        Set<String> anchors = c.readmeAnchors();
        for (Deployment d : deployments) {
            c.scraped(d, monitors);
        }
        for (PrometheusRule r : rules) {
            c.checkRules(r, exposed, anchors);
        }
        for (ConfigMap m : dashboards) {
            c.checkDashboard(m, exposed);
        }
        return c.problems;
    }

    private void fail(String object, String rule) {
        problems.add(object + ": " + rule);
    }

    /** An API Deployment's pods are selected by a PodMonitor, on one of their named ports, at /q/metrics. */
    private void scraped(Deployment d, List<PodMonitor> monitors) {
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        if (podLabels == null || !"api".equals(podLabels.get("app.kubernetes.io/component"))) {
            return;
        }
        Set<String> ports = new TreeSet<>();
        d.getSpec().getTemplate().getSpec().getContainers().forEach(c -> c.getPorts().stream()
                .map(ContainerPort::getName).filter(n -> n != null).forEach(ports::add));
        boolean scraped = monitors.stream().anyMatch(m -> m.getSpec().getSelector() != null
                && m.getSpec().getSelector().getMatchExpressions().isEmpty()
                && podLabels.entrySet().containsAll(m.getSpec().getSelector().getMatchLabels().entrySet())
                && m.getSpec().getPodMetricsEndpoints().stream().anyMatch(e -> ports.contains(e.getPort())
                        && "/q/metrics".equals(e.getPath())));
        if (!scraped) {
            fail("Deployment/" + d.getMetadata().getName(), "no PodMonitor scrapes its pods at /q/metrics on a named port of theirs");
        }
    }

    private void checkRules(PrometheusRule r, Map<String, Set<String>> exposed, Set<String> anchors) {
        String id = "PrometheusRule/" + r.getMetadata().getName();
        for (RuleGroup group : r.getSpec().getGroups()) {
            for (Rule rule : group.getRules()) {
                String rid = id + " " + (rule.getAlert() != null ? "alert " + rule.getAlert() : "record " + rule.getRecord());
                String expr = rule.getExpr() == null ? null : rule.getExpr().getStrVal();
                if (expr == null || expr.isBlank()) {
                    fail(rid, "has no expr");
                    continue;
                }
                metrics(rid, expr, exposed);
                if (rule.getAlert() == null) {
                    continue;
                }
                Map<String, String> labels = rule.getLabels() == null ? Map.of() : rule.getLabels();
                if (!"critical".equals(labels.get("severity")) && !"warning".equals(labels.get("severity"))) {
                    fail(rid, "needs labels.severity critical or warning");
                }
                Map<String, String> annotations = rule.getAnnotations() == null ? Map.of() : rule.getAnnotations();
                for (String a : List.of("summary", "description", "runbook_url")) {
                    if (annotations.get(a) == null || annotations.get(a).isBlank()) {
                        fail(rid, "needs annotations." + a);
                    }
                }
                String runbook = annotations.get("runbook_url");
                if (runbook != null) {
                    int hash = runbook.indexOf('#');
                    if (!runbook.startsWith("https://") || hash < 0 || !runbook.substring(0, hash).endsWith("/README.md")
                            || !anchors.contains(runbook.substring(hash + 1))) {
                        fail(rid, "runbook_url must be https://…/README.md#<a heading of README.md>, is " + runbook);
                    }
                }
            }
        }
    }

    private void checkDashboard(ConfigMap m, Map<String, Set<String>> exposed) {
        String id = "ConfigMap/" + m.getMetadata().getName();
        Map<String, String> data = m.getData() == null ? Map.of() : m.getData();
        if (data.size() != 1 || !data.keySet().iterator().next().endsWith(".json")) {
            fail(id, "must hold one dashboard, as <name>.json");
            return;
        }
        String text = data.values().iterator().next();
        String file;
        try {
            file = Files.readString(root.resolve(DIRECTORY).resolve("grafana-dashboard.json"));
        } catch (IOException e) {
            fail(id, "cannot read " + DIRECTORY + "/grafana-dashboard.json: " + e.getMessage());
            return;
        }
        if (!text.equals(file)) {
            fail(id, "differs from " + DIRECTORY + "/grafana-dashboard.json (paste the file into the ConfigMap again)");
        }
        JsonNode dashboard;
        try {
            dashboard = JSON.readTree(text);
        } catch (IOException e) {
            fail(id, "the dashboard is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (!dashboard.path("title").isTextual() || !dashboard.path("uid").isTextual()
                || !dashboard.path("panels").isArray() || dashboard.path("panels").isEmpty()) {
            fail(id, "the dashboard needs a title, a uid and panels");
            return;
        }
        for (JsonNode panel : dashboard.path("panels")) {
            String pid = id + " panel '" + panel.path("title").asText() + "'";
            if ("row".equals(panel.path("type").asText())) {
                continue;
            }
            if (!panel.path("targets").isArray() || panel.path("targets").isEmpty()) {
                fail(pid, "has no queries");
            }
            for (JsonNode target : panel.path("targets")) {
                metrics(pid, target.path("expr").asText(), exposed);
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            JsonNode query = variable.path("query");
            String text2 = query.isObject() ? query.path("query").asText() : query.asText();
            java.util.regex.Matcher values = Pattern.compile("label_values\\((\\w+),").matcher(text2);
            if (values.find()) {
                metrics(id + " variable " + variable.path("name").asText(), values.group(1), exposed);
            }
        }
    }

    /** Every metric {@code expr} names is in the list of metrics the services expose. */
    private void metrics(String where, String expr, Map<String, Set<String>> exposed) {
        Set<String> names = PromQl.metricNames(expr);
        if (names.isEmpty()) {
            fail(where, "names no metric: " + expr);
        }
        for (String name : names) {
            if (!exposed.containsKey(name)) {
                fail(where, "names " + name + ", which " + DIRECTORY + "/exposed-metrics.txt does not list");
            }
        }
    }

    /** exposed-metrics.txt: metric name → who serves it ("all", service names, or "prometheus"). */
    Map<String, Set<String>> exposedMetrics() {
        return exposedMetrics(root);
    }

    /** exposed-metrics.txt under {@code root}: metric name → who serves it. */
    public static Map<String, Set<String>> exposedMetrics(Path root) {
        Map<String, Set<String>> metrics = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve(DIRECTORY).resolve("exposed-metrics.txt"))) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] columns = l.split("\\s+");
                if (columns.length != 2) {
                    throw new ManifestException("exposed-metrics.txt: expected 'name servers', got '" + l + "'");
                }
                metrics.put(columns[0], new TreeSet<>(List.of(columns[1].split(","))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metrics;
    }

    /** The anchors GitHub and GitLab give README.md's headings: lower case, spaces to '-', punctuation dropped. */
    private Set<String> readmeAnchors() {
        Set<String> anchors = new TreeSet<>();
        try {
            var m = HEADING.matcher(Files.readString(root.resolve("README.md")));
            while (m.find()) {
                anchors.add(anchor(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return anchors;
    }

    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
