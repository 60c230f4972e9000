package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One overlay, rendered, every object read strictly into its model, and our rules checked on the result. */
public final class OverlayCheck {

    private OverlayCheck() {
    }

    /** The rendered overlay's problems, one line each: unknown fields, unreadable objects, broken rules. */
    public static List<String> problems(List<ObjectNode> rendered, Environment environment, Path root) {
        List<String> problems = new ArrayList<>();
        List<Object> typed = new ArrayList<>();
        for (ObjectNode object : rendered) {
            try {
                typed.add(StrictModels.parse(object));
            } catch (ManifestException e) {
                problems.add(e.getMessage());
            }
        }
        problems.addAll(SuitePolicies.check(typed, environment, root));
        problems.addAll(ObservabilityCheck.check(typed, environment, root));
        return problems;
    }

    /**
     * Prints a rendered overlay as YAML, to read it or compare it with {@code kubectl kustomize} where that exists:
     * {@code java -cp <classpath> cn.gov.sed.deploy.checks.OverlayCheck deploy/k8s/overlays/prod}.
     */
    public static void main(String[] args) throws Exception {
        for (ObjectNode object : Kustomize.build(Path.of(args[0]))) {
            System.out.print(Yamls.YAML.writeValueAsString(object));
        }
    }

    /** Renders {@code deploy/k8s/overlays/<name>} under the repository root and checks it. */
    public static List<String> problems(Path root, String overlay, Environment environment) {
        return problems(Kustomize.build(root.resolve("deploy/k8s/overlays").resolve(overlay)), environment, root);
    }
}
