package org.perfeval.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.deploy.Kustomize.list;
import static org.perfeval.deploy.Kustomize.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a cluster is given: each overlay built as kustomize builds it, then checked for what a production install
 * needs — at least two nodes that cannot all be drained at once, probes on the actuator's groups, bounded resources,
 * screens pinned to their node while the API is spread, configuration from a ConfigMap and secrets only from a
 * Secret, and a container that does not run as root.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("kubernetes");
    private static final Path RESOURCES = Path.of("..", "web-ui", "src", "main", "resources");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void everyBuildRunsTwoNodesAtLeastAndADrainNeverTakesTheLast(String build) {
        Manifests manifests = new Manifests(Kustomize.build(KUBERNETES.resolve(build)));
        Map<String, Object> deployment = manifests.one("Deployment");
        int replicas = (Integer) map(deployment.get("spec")).get("replicas");
        assertThat(replicas).isGreaterThanOrEqualTo(2);

        Map<String, Object> budget = map(manifests.one("PodDisruptionBudget").get("spec"));
        assertThat((Integer) budget.get("minAvailable")).isBetween(1, replicas - 1);
        assertThat(selector(budget)).isEqualTo(selector(map(deployment.get("spec"))));
        assertThat(podLabels(deployment)).containsAllEntriesOf(selector(budget));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void probesAskTheActuatorsLivenessAndReadinessGroupsOnTheServedPort(String build) {
        Map<String, Object> container = container(new Manifests(Kustomize.build(KUBERNETES.resolve(build))));
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        List<Object> ports = list(container.get("ports"));
        assertThat(ports).extracting(port -> map(port).get("name")).contains("http");
        assertThat(configMap(new Manifests(Kustomize.build(KUBERNETES.resolve(build)))))
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void everyContainerHasRequestsAndLimitsForCpuAndMemory(String build) {
        Map<String, Object> resources = map(container(new Manifests(Kustomize.build(KUBERNETES.resolve(build))))
                .get("resources"));
        Map<String, Object> requests = map(resources.get("requests"));
        Map<String, Object> limits = map(resources.get("limits"));
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");
        assertThat(mebibytes(limits.get("memory"))).isGreaterThanOrEqualTo(mebibytes(requests.get("memory")));
        assertThat(millicores(limits.get("cpu"))).isGreaterThanOrEqualTo(millicores(requests.get("cpu")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void theServiceReachesThePodsAndOnlyTheScreensArePinnedByACookie(String build) {
        Manifests manifests = new Manifests(Kustomize.build(KUBERNETES.resolve(build)));
        Map<String, Object> service = manifests.one("Service");
        Map<String, Object> serviceSpec = map(service.get("spec"));
        assertThat(podLabels(manifests.one("Deployment"))).containsAllEntriesOf(map(serviceSpec.get("selector")));
        assertThat(list(serviceSpec.get("ports"))).extracting(port -> map(port).get("targetPort")).containsOnly("http");

        List<Map<String, Object>> ingresses = manifests.all("Ingress");
        assertThat(ingresses).hasSize(2);
        for (Map<String, Object> ingress : ingresses) {
            Map<String, Object> path = map(list(map(map(list(map(ingress.get("spec")).get("rules")).getFirst())
                    .get("http")).get("paths")).getFirst());
            Map<String, Object> backend = map(map(path.get("backend")).get("service"));
            assertThat(backend.get("name")).isEqualTo(map(service.get("metadata")).get("name"));
            Map<String, Object> annotations = map(map(ingress.get("metadata")).get("annotations"));
            boolean pinned = "cookie".equals(annotations.get("nginx.ingress.kubernetes.io/affinity"));
            assertThat(pinned).as("cookie affinity for %s", path.get("path")).isEqualTo(path.get("path").equals("/"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void configurationComesFromTheConfigMapAndSecretsOnlyFromTheSecret(String build) throws IOException {
        Manifests manifests = new Manifests(Kustomize.build(KUBERNETES.resolve(build)));
        List<Object> sources = list(container(manifests).get("envFrom"));
        assertThat(sources).extracting(source -> map(source).keySet().iterator().next())
                .containsExactlyInAnyOrder("configMapRef", "secretRef");
        assertThat(manifests.all("Secret")).as("no secret values in the repository").isEmpty();

        Map<String, Object> config = configMap(manifests);
        assertThat(config.keySet()).noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET"));
        String properties = applicationProperties();
        for (String key : config.keySet()) {
            if (key.startsWith("PERFEVAL_")) {
                assertThat(properties).as("%s is read by the application", key).contains("${" + key);
            }
        }
        for (String secret : secretsTheApplicationRequires(properties)) {
            assertThat(config).as("%s must come from the Secret", secret).doesNotContainKey(secret);
        }
        for (String profile : String.valueOf(config.get("SPRING_PROFILES_ACTIVE")).split(",")) {
            assertThat(RESOURCES.resolve("application-" + profile.trim() + ".properties")).exists();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void thePodRunsAsTheImagesNonRootUserWithAReadOnlyRoot(String build) throws IOException {
        Manifests manifests = new Manifests(Kustomize.build(KUBERNETES.resolve(build)));
        Map<String, Object> pod = map(map(map(manifests.one("Deployment").get("spec")).get("template")).get("spec"));
        Map<String, Object> security = map(pod.get("securityContext"));
        assertThat(security).containsEntry("runAsNonRoot", true);
        assertThat(String.valueOf(security.get("runAsUser"))).isEqualTo(DockerfileTest.imageUser());
        Map<String, Object> container = map(container(manifests).get("securityContext"));
        assertThat(container).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/district", "overlays/province"})
    void overlaysPlaceEverythingInTheirNamespace(String build) {
        assertThat(Kustomize.build(KUBERNETES.resolve(build)))
                .allSatisfy(object -> assertThat(map(object.get("metadata"))).containsEntry("namespace", "perfeval"));
    }

    @org.junit.jupiter.api.Test
    void theProvinceScalesFromFourNodesAndCanRunKeycloakThroughItsOperator() {
        Manifests manifests = new Manifests(Kustomize.build(KUBERNETES.resolve("overlays/province")));
        assertThat(map(manifests.one("Deployment").get("spec"))).containsEntry("replicas", 4);
        Map<String, Object> autoscaler = map(manifests.one("HorizontalPodAutoscaler").get("spec"));
        assertThat(map(autoscaler.get("scaleTargetRef"))).containsEntry("kind", "Deployment")
                .containsEntry("name", "perfeval");
        assertThat((Integer) autoscaler.get("minReplicas")).isEqualTo(4);
        assertThat(manifests.one("Keycloak").get("apiVersion")).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(configMap(manifests).get("PERFEVAL_KEYCLOAK_URL")).isEqualTo("https://sso.perfeval.example.gov.cn");
    }

    private static Map<String, Object> selector(Map<String, Object> spec) {
        return map(map(spec.get("selector")).get("matchLabels"));
    }

    private static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
    }

    private static Map<String, Object> container(Manifests manifests) {
        Map<String, Object> pod = map(map(map(manifests.one("Deployment").get("spec")).get("template")).get("spec"));
        List<Object> containers = list(pod.get("containers"));
        assertThat(containers).hasSize(1);
        return map(containers.getFirst());
    }

    private static Map<String, Object> configMap(Manifests manifests) {
        return map(manifests.one("ConfigMap").get("data"));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
        assertThat(get.get("port")).isEqualTo("http");
        return String.valueOf(get.get("path"));
    }

    private static String applicationProperties() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("application")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }

    /** Settings the application takes from the environment without a default: {@code ${NAME}}. */
    private static List<String> secretsTheApplicationRequires(String properties) {
        Matcher matcher = Pattern.compile("\\$\\{(PERFEVAL_[A-Z_]+)}").matcher(properties);
        return matcher.results().map(result -> result.group(1)).distinct().toList();
    }

    private static long mebibytes(Object quantity) {
        String text = String.valueOf(quantity);
        if (text.endsWith("Gi")) {
            return Long.parseLong(text.substring(0, text.length() - 2)) * 1024;
        }
        assertThat(text).endsWith("Mi");
        return Long.parseLong(text.substring(0, text.length() - 2));
    }

    private static long millicores(Object quantity) {
        String text = String.valueOf(quantity);
        return text.endsWith("m") ? Long.parseLong(text.substring(0, text.length() - 1)) : Long.parseLong(text) * 1000;
    }

    private record Manifests(List<Map<String, Object>> objects) {

        List<Map<String, Object>> all(String kind) {
            return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
        }

        Map<String, Object> one(String kind) {
            List<Map<String, Object>> found = all(kind);
            assertThat(found).as("one %s", kind).hasSize(1);
            return found.getFirst();
        }
    }
}
