package kr.openapi.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The chart rendered by Helm's own library ({@code helm template}) and read back with the fabric8 Kubernetes model.
 * A field the model does not know (a misspelt or misplaced key, which Kubernetes would drop or refuse) fails the
 * reading, as does a kind the model does not know.
 */
record RenderedChart(List<HasMetadata> objects) {

    static final Path CHART = Path.of("helm/openapi-platform").toAbsolutePath();
    static final Path PRODUCTION_VALUES = Path.of("helm/values-production.yaml").toAbsolutePath();
    static final String RELEASE = "openapi";
    /** A current Kubernetes version (helm template assumes 1.20 otherwise, older than the chart supports). */
    static final String KUBERNETES = "1.31.0";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** The cluster Helm's lookup asks: empty unless a test holds the release's Secrets in it (an upgrade). */
    static final FakeKubernetesApi CLUSTER = FakeKubernetesApi.start();

    /** {@code helm template openapi <chart> -n openapi} with the given values file (or none) and settings. */
    static RenderedChart render(Path valuesFile, Consumer<TemplateCommand> settings) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace(RELEASE)
                .withKubeVersion(KUBERNETES);
        if (valuesFile != null) {
            template.withValuesFile(valuesFile);
        }
        settings.accept(template);
        String manifests = template.call();
        try {
            // For reading what a failing test saw.
            java.nio.file.Files.writeString(Path.of("target/helm-test/last-render.yaml"), manifests);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parse(manifests);
    }

    static RenderedChart render(Path valuesFile) {
        return render(valuesFile, template -> {
        });
    }

    static RenderedChart parse(String manifests) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : manifests.split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            HasMetadata object = SERIALIZATION.unmarshal(document, HasMetadata.class);
            assertThat(object).as("a kind the Kubernetes model knows:%n%s", document).isNotInstanceOf(GenericKubernetesResource.class);
            assertNoUnknownFields(object, object.getKind() + "/" + object.getMetadata().getName());
            objects.add(object);
        }
        return new RenderedChart(objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    Deployment deployment(String service) {
        return all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(RELEASE + "-openapi-platform-" + service))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment of " + service));
    }

    /** The pod templates of every workload (Deployments and StatefulSets), by workload name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new java.util.TreeMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Map<String, EnvVar> environment(Deployment deployment) {
        Map<String, EnvVar> environment = new java.util.LinkedHashMap<>();
        container(deployment).getEnv().forEach(variable -> {
            assertThat(environment.put(variable.getName(), variable)).as("%s set twice", variable.getName()).isNull();
        });
        return environment;
    }

    /** Walks the model objects: any {@code additionalProperties} is a field the Kubernetes API does not have. */
    private static void assertNoUnknownFields(Object object, String path) {
        if (object == null) {
            return;
        }
        if (object instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                assertNoUnknownFields(item, path + "[" + index++ + "]");
            }
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((key, value) -> assertNoUnknownFields(value, path + "." + key));
            return;
        }
        if (!object.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() > 0 || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) value).as("fields unknown to Kubernetes at %s", path).isNullOrEmpty();
            } else if (value != null && Stream.of(value.getClass().getName()).anyMatch(name ->
                    name.startsWith("io.fabric8.kubernetes.api.model") || value instanceof Collection<?> || value instanceof Map<?, ?>)) {
                assertNoUnknownFields(value, path + "." + getter.getName().replaceFirst("^(get|is)", ""));
            }
        }
    }
}
