package org.perfeval.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds a kustomization the way {@code kubectl kustomize} does, for the features our descriptors use: resources and
 * components, common labels (selectors included), namespace, replica counts and JSON 6902 patches with
 * {@code replace} and {@code add}. No kustomize binary runs on the build machines, so the test reads the same output
 * a cluster would be given; anything outside that subset fails loudly rather than being skipped.
 */
final class Kustomize {

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path directory) {
        Map<String, Object> kustomization = load(directory.resolve("kustomization.yaml")).getFirst();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : strings(kustomization, "resources")) {
            Path path = directory.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : load(path));
        }
        for (String component : strings(kustomization, "components")) {
            Path path = directory.resolve(component).normalize();
            Map<String, Object> inner = load(path.resolve("kustomization.yaml")).getFirst();
            if (!"Component".equals(inner.get("kind"))) {
                throw new IllegalStateException(path + " is not a kustomize Component");
            }
            for (String resource : strings(inner, "resources")) {
                objects.addAll(load(path.resolve(resource)));
            }
            applyPatches(inner, objects);
        }
        applyLabels(kustomization, objects);
        applyNamespace(kustomization, objects);
        applyReplicas(kustomization, objects);
        applyPatches(kustomization, objects);
        return objects;
    }

    static List<Map<String, Object>> load(Path file) {
        try {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static List<String> strings(Map<String, Object> kustomization, String key) {
        Object value = kustomization.get(key);
        return value == null ? List.of() : list(value).stream().map(String::valueOf).toList();
    }

    private static void applyLabels(Map<String, Object> kustomization, List<Map<String, Object>> objects) {
        Object labels = kustomization.get("labels");
        if (labels == null) {
            return;
        }
        for (Object entry : list(labels)) {
            Map<String, Object> pairs = map(map(entry).get("pairs"));
            boolean selectors = Boolean.TRUE.equals(map(entry).get("includeSelectors"));
            for (Map<String, Object> object : objects) {
                child(map(object.get("metadata")), "labels").putAll(pairs);
                if (selectors) {
                    addSelectorLabels(object, pairs);
                }
            }
        }
    }

    private static void addSelectorLabels(Map<String, Object> object, Map<String, Object> pairs) {
        Map<String, Object> spec = object.get("spec") == null ? null : map(object.get("spec"));
        if (spec == null) {
            return;
        }
        switch (String.valueOf(object.get("kind"))) {
            case "Service" -> child(spec, "selector").putAll(pairs);
            case "Deployment" -> {
                child(child(spec, "selector"), "matchLabels").putAll(pairs);
                child(child(child(spec, "template"), "metadata"), "labels").putAll(pairs);
            }
            case "PodDisruptionBudget" -> child(child(spec, "selector"), "matchLabels").putAll(pairs);
            default -> { }
        }
    }

    private static void applyNamespace(Map<String, Object> kustomization, List<Map<String, Object>> objects) {
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            objects.forEach(object -> map(object.get("metadata")).put("namespace", namespace));
        }
    }

    private static void applyReplicas(Map<String, Object> kustomization, List<Map<String, Object>> objects) {
        Object replicas = kustomization.get("replicas");
        if (replicas == null) {
            return;
        }
        for (Object entry : list(replicas)) {
            Map<String, Object> replica = map(entry);
            objects.stream()
                    .filter(object -> replica.get("name").equals(map(object.get("metadata")).get("name")))
                    .filter(object -> object.get("kind").equals("Deployment"))
                    .forEach(object -> map(object.get("spec")).put("replicas", replica.get("count")));
        }
    }

    private static void applyPatches(Map<String, Object> kustomization, List<Map<String, Object>> objects) {
        Object patches = kustomization.get("patches");
        if (patches == null) {
            return;
        }
        for (Object entry : list(patches)) {
            Map<String, Object> patch = map(entry);
            Map<String, Object> target = map(patch.get("target"));
            List<Object> operations = list(new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(String.valueOf(patch.get("patch"))));
            List<Map<String, Object>> matched = objects.stream().filter(object -> matches(target, object)).toList();
            if (matched.isEmpty()) {
                throw new IllegalStateException("a patch matches nothing: " + target);
            }
            matched.forEach(object -> operations.forEach(operation -> JsonPatch.apply(object, map(operation))));
        }
    }

    private static boolean matches(Map<String, Object> target, Map<String, Object> object) {
        return (target.get("kind") == null || target.get("kind").equals(object.get("kind")))
                && (target.get("name") == null || target.get("name").equals(map(object.get("metadata")).get("name")));
    }

    static Map<String, Object> child(Map<String, Object> parent, String key) {
        return map(parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>()));
    }
}
