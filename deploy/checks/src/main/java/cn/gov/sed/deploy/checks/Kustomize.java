package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Image;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Label;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import java.util.Set;

/**
 * Renders a kustomization directory as {@code kustomize build} would, for the features our files use and no others:
 * {@code resources} (files and directories with their own kustomization), {@code namespace}, {@code labels}
 * (metadata labels, and pod-template labels with {@code includeTemplates}; not selectors), {@code patches} (a
 * strategic-merge patch found by its kind and name or by a target, or a JSON 6902 patch with a target) and
 * {@code images} (newName, newTag, digest). Anything else in a kustomization.yaml (generators, components,
 * replacements, commonLabels, which also rewrites selectors, remote bases …) is refused with its name, so a file
 * never means one thing to kustomize and another to this check. The kustomization itself is read strictly into
 * fabric8's typed model of it.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "patches", "images");
    /** Kinds that have no namespace (the ones a namespace transformer leaves alone). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PriorityClass", "StorageClass", "PersistentVolume", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    private Kustomize() {
    }

    /** The objects of the kustomization in {@code directory}, in the order kustomize lists resources. */
    public static List<ObjectNode> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(directory + ": no kustomization.yaml");
        }
        List<ObjectNode> documents = Yamls.documents(file);
        if (documents.size() != 1) {
            throw new ManifestException(file + ": one document expected");
        }
        ObjectNode tree = documents.get(0);
        for (Iterator<String> it = tree.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new ManifestException(file + ": '" + field + "' is not supported by our renderer (supported: "
                        + String.join(", ", SUPPORTED.stream().sorted().toList()) + ")");
            }
        }
        Kustomization k = StrictModels.read(tree, Kustomization.class, file.toString());

        List<ObjectNode> objects = new ArrayList<>();
        for (String resource : k.getResources()) {
            if (resource.contains("://") || resource.startsWith("github.com/")) {
                throw new ManifestException(file + ": remote resource '" + resource + "' is not supported");
            }
            Path path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                objects.addAll(Yamls.documents(path));
            } else {
                throw new ManifestException(file + ": resource '" + resource + "' does not exist");
            }
        }
        refuseDuplicates(objects, file);
        for (Label label : k.getLabels()) {
            addLabels(objects, label, file);
        }
        if (k.getNamespace() != null) {
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(Trees.kind(o))) {
                    Trees.object(o, "metadata").put("namespace", k.getNamespace());
                }
            }
        }
        for (Patch patch : k.getPatches()) {
            applyPatch(objects, patch, directory, file);
        }
        for (Image image : k.getImages()) {
            setImage(objects, image, file);
        }
        return objects;
    }

    private static void refuseDuplicates(List<ObjectNode> objects, Path file) {
        Set<String> seen = new java.util.HashSet<>();
        for (ObjectNode o : objects) {
            if (!seen.add(Trees.apiVersion(o) + " " + Trees.id(o))) {
                throw new ManifestException(file + ": " + Trees.id(o) + " is listed twice");
            }
        }
    }

    private static void addLabels(List<ObjectNode> objects, Label label, Path file) {
        if (Boolean.TRUE.equals(label.getIncludeSelectors()) || !label.getFields().isEmpty()) {
            throw new ManifestException(file + ": labels with includeSelectors or fields are not supported");
        }
        for (ObjectNode o : objects) {
            ObjectNode labels = Trees.object(Trees.object(o, "metadata"), "labels");
            label.getPairs().forEach(labels::put);
            if (Boolean.TRUE.equals(label.getIncludeTemplates()) && WORKLOADS.contains(Trees.kind(o))) {
                ObjectNode template = Trees.object(Trees.object(o, "spec"), "template");
                ObjectNode podLabels = Trees.object(Trees.object(template, "metadata"), "labels");
                label.getPairs().forEach(podLabels::put);
            }
        }
    }

    private static void applyPatch(List<ObjectNode> objects, Patch patch, Path directory, Path file) {
        if (patch.getOptions() != null && !patch.getOptions().isEmpty()) {
            throw new ManifestException(file + ": patch options are not supported");
        }
        String text;
        String source;
        if (patch.getPath() != null && patch.getPatch() == null) {
            Path path = directory.resolve(patch.getPath()).normalize();
            source = path.toString();
            try {
                text = Files.readString(path);
            } catch (java.io.IOException e) {
                throw new ManifestException(file + ": patch '" + patch.getPath() + "' cannot be read", e);
            }
        } else if (patch.getPatch() != null && patch.getPath() == null) {
            text = patch.getPatch();
            source = file + " (inline patch)";
        } else {
            throw new ManifestException(file + ": a patch has either a path or an inline patch");
        }
        JsonNode content = Yamls.tree(text, source);
        if (content instanceof ArrayNode operations) {
            Selector target = patch.getTarget();
            if (target == null || target.getKind() == null || target.getName() == null) {
                throw new ManifestException(source + ": a JSON 6902 patch needs a target with kind and name");
            }
            List<ObjectNode> targets = targets(objects, target.getKind(), target.getName(), target, source);
            for (ObjectNode o : targets) {
                JsonPatch.apply(o, operations, source + " on " + Trees.id(o));
            }
        } else if (content instanceof ObjectNode smp) {
            Selector target = patch.getTarget();
            List<ObjectNode> targets = target == null
                    ? targets(objects, Trees.kind(smp), Trees.name(smp), null, source)
                    : targets(objects, target.getKind(), target.getName(), target, source);
            for (ObjectNode o : targets) {
                StrategicMerge.apply(o, smp, source + " on " + Trees.id(o));
            }
        } else {
            throw new ManifestException(source + ": a patch is a mapping (strategic merge) or a list (JSON 6902)");
        }
    }

    /** The patch's targets: by kind and name, exactly one each; a patch that patches nothing is a mistake. */
    private static List<ObjectNode> targets(List<ObjectNode> objects, String kind, String name, Selector selector,
            String source) {
        if (selector != null && (selector.getLabelSelector() != null || selector.getAnnotationSelector() != null)) {
            throw new ManifestException(source + ": label and annotation selectors in a target are not supported");
        }
        if (kind == null || kind.isEmpty() || name == null || name.isEmpty()) {
            throw new ManifestException(source + ": a patch names the kind and name of its target");
        }
        List<ObjectNode> found = new ArrayList<>();
        for (ObjectNode o : objects) {
            boolean groupMatches = selector == null || selector.getGroup() == null
                    || Trees.apiVersion(o).startsWith(selector.getGroup() + "/");
            if (kind.equals(Trees.kind(o)) && name.equals(Trees.name(o)) && groupMatches) {
                found.add(o);
            }
        }
        if (found.size() != 1) {
            throw new ManifestException(source + ": " + found.size() + " objects " + kind + "/" + name
                    + " to patch, one expected");
        }
        return found;
    }

    private static void setImage(List<ObjectNode> objects, Image image, Path file) {
        if (image.getTagSuffix() != null) {
            throw new ManifestException(file + ": images.tagSuffix is not supported");
        }
        int changed = 0;
        for (ObjectNode o : objects) {
            JsonNode podSpec = "Pod".equals(Trees.kind(o)) ? o.path("spec")
                    : o.path("spec").path("template").path("spec");
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode container : podSpec.path(list)) {
                    String current = container.path("image").asText();
                    if (imageName(current).equals(image.getName())) {
                        ((ObjectNode) container).put("image", newImage(current, image));
                        changed++;
                    }
                }
            }
        }
        if (changed == 0) {
            throw new ManifestException(file + ": no container uses image '" + image.getName() + "'");
        }
    }

    /** The image's name without tag or digest ("registry:5000/a/b:1.0" → "registry:5000/a/b"). */
    static String imageName(String image) {
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        return colon > slash ? name.substring(0, colon) : name;
    }

    private static String newImage(String current, Image image) {
        String name = image.getNewName() != null ? image.getNewName() : imageName(current);
        if (image.getDigest() != null) {
            return name + "@" + image.getDigest();
        }
        if (image.getNewTag() != null) {
            return name + ":" + image.getNewTag();
        }
        return name + current.substring(imageName(current).length());
    }

}
