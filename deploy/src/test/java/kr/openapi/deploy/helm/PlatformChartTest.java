package kr.openapi.deploy.helm;

import static kr.openapi.deploy.helm.RenderedChart.PRODUCTION_VALUES;
import static kr.openapi.deploy.helm.RenderedChart.container;
import static kr.openapi.deploy.helm.RenderedChart.environment;
import static kr.openapi.deploy.helm.RenderedChart.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants an operator trusts when installing the chart, on the default values and on the production-like
 * example of the README: probes, resources and a locked-down security context on every workload, the gateway as
 * the only way in, network policies around every service, and Helm refusing the mistakes it can see.
 */
class PlatformChartTest {

    static final List<String> SERVICES = List.of("gateway", "key-issuance-service", "vehicle-consent-service",
            "public-service-catalog", "driver-insurance-service", "charging-platform-service");

    static Stream<Arguments> valuesFiles() {
        return Stream.of(Arguments.of("default values", null), Arguments.of("values-production.yaml", PRODUCTION_VALUES));
    }

    @Test
    void passesHelmLintStrict() {
        LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyServiceHasOneDeploymentWithProbesResourcesAndLockedDownContainers(String name, Path values) {
        RenderedChart chart = render(values);

        assertThat(chart.all(Deployment.class)).hasSize(SERVICES.size());
        for (String service : SERVICES) {
            Container container = container(chart.deployment(service));
            assertThat(container.getStartupProbe().getHttpGet().getPath()).as(service).isEqualTo("/q/health/started");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getResources().getRequests()).as(service).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(service).containsKey("memory");
            assertThat(chart.deployment(service).getSpec().getTemplate().getMetadata().getAnnotations())
                    .containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/q/metrics");
        }
        chart.podTemplates().forEach((workload, pod) -> assertLockedDown(workload, pod));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void onlyTheGatewayIsReachableFromOutside(String name, Path values) {
        RenderedChart chart = render(values);

        assertThat(chart.all(Ingress.class)).singleElement().satisfies(ingress ->
                assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                        .allSatisfy(path -> assertThat(path.getBackend().getService().getName()).isEqualTo("openapi-openapi-platform-gateway"))));
        assertThat(chart.all(Service.class)).allSatisfy(service ->
                assertThat(service.getSpec().getType()).as(service.getMetadata().getName()).isIn(null, "ClusterIP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyWorkloadIsCoveredByAnIngressNetworkPolicyAndServicesAdmitOnlyTheGateway(String name, Path values) {
        RenderedChart chart = render(values);
        List<NetworkPolicy> policies = chart.all(NetworkPolicy.class);

        chart.podTemplates().forEach((workload, pod) -> {
            Map<String, String> labels = pod.getMetadata().getLabels();
            List<NetworkPolicy> covering = policies.stream().filter(policy -> policy.getSpec().getPolicyTypes().contains("Ingress")
                    && labels.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet())).toList();
            assertThat(covering).as("network policies of %s", workload).isNotEmpty();
            String component = labels.get("app.kubernetes.io/name");
            if (SERVICES.contains(component) && !component.equals("gateway")) {
                assertThat(covering).allSatisfy(policy -> assertThat(policy.getSpec().getIngress()).allSatisfy(rule ->
                        assertThat(rule.getFrom()).allSatisfy(peer -> {
                            if (peer.getPodSelector() != null) {
                                assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "gateway");
                            } else {
                                assertThat(peer.getNamespaceSelector()).as("only pods of the gateway or the monitoring namespace").isNotNull();
                            }
                        })));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void theGatewaysOperationsEndpointsAreOnlyOnItsManagementPortWhichOnlyMonitoringReaches(String name, Path values) {
        RenderedChart chart = render(values);
        Deployment gateway = chart.deployment("gateway");
        Container container = container(gateway);

        assertThat(environment(gateway).get("GATEWAY_MANAGEMENT_PORT").getValue()).isEqualTo("9000");
        assertThat(container.getPorts()).extracting(port -> port.getName() + ":" + port.getContainerPort())
                .containsExactlyInAnyOrder("http:8080", "management:9000");
        for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
        }
        assertThat(gateway.getSpec().getTemplate().getMetadata().getAnnotations()).containsEntry("prometheus.io/port", "9000");
        NetworkPolicy policy = chart.all(NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals("openapi-openapi-platform-gateway")).findFirst().orElseThrow();
        assertThat(policy.getSpec().getIngress()).allSatisfy(rule -> {
            assertThat(rule.getFrom()).as("no rule open to every pod").isNotEmpty()
                    .allSatisfy(peer -> assertThat(peer.getNamespaceSelector()).isNotNull());
            assertThat(rule.getPorts()).singleElement().satisfies(port -> assertThat(port.getPort().getStrVal()).isIn("http", "management"));
        });
        assertThat(policy.getSpec().getIngress()).filteredOn(rule -> rule.getPorts().get(0).getPort().getStrVal().equals("http"))
                .singleElement().satisfies(rule -> assertThat(rule.getFrom().get(0).getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
    }

    @Test
    void theCataloguesVolumeIsWritableByTheImagesUser() {
        RenderedChart chart = render(null, template -> template.set("services.public-service-catalog.fullList.persistence.enabled", true));

        assertThat(chart.deployment("public-service-catalog").getSpec().getTemplate().getSpec().getSecurityContext().getFsGroup())
                .isEqualTo(185L);
    }

    @Test
    void refusesExtraEnvironmentThatWouldReplaceWhatTheChartSets() {
        assertThatThrownBy(() -> render(null, template -> template.set("services.gateway.env.GATEWAY_TRUSTED_PROXIES", "0.0.0.0/0")))
                .hasMessageContaining("services.gateway.env.GATEWAY_TRUSTED_PROXIES: set by the chart");

        RenderedChart chart = render(null, template -> template.set("services.gateway.env.QUARKUS_LOG_LEVEL", "DEBUG"));
        assertThat(environment(chart.deployment("gateway")).get("QUARKUS_LOG_LEVEL").getValue()).isEqualTo("DEBUG");
    }

    @Test
    void theProductionExampleScalesTheGatewayOnRedisWithAnAutoscalerAndADisruptionBudget() {
        RenderedChart chart = render(PRODUCTION_VALUES);
        Map<String, EnvVar> gateway = environment(chart.deployment("gateway"));

        assertThat(gateway.get("GATEWAY_QUOTA_STORE").getValue()).isEqualTo("redis");
        assertThat(gateway.get("GATEWAY_REPLICAS").getValue()).isEqualTo("10");
        assertThat(gateway.get("GATEWAY_TRUSTED_PROXIES").getValue()).isEqualTo("10.0.0.0/8");
        assertThat(gateway.get("REDIS_URL").getValue()).isEqualTo("redis://openapi-openapi-platform-redis:6379");
        assertThat(chart.deployment("gateway").getSpec().getReplicas()).as("left to the autoscaler").isNull();
        assertThat(chart.all(HorizontalPodAutoscaler.class)).singleElement()
                .satisfies(hpa -> assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10));
        assertThat(chart.all(PodDisruptionBudget.class)).singleElement()
                .satisfies(pdb -> assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(2));
        assertThat(environment(chart.deployment("key-issuance-service")).get("DB_HOST").getValue())
                .isEqualTo("postgres.db.example.internal");
    }

    @Test
    void theDefaultsRunOneGatewayOnTheLocalStoreWithoutRedis() {
        RenderedChart chart = render(null);

        assertThat(chart.deployment("gateway").getSpec().getReplicas()).isEqualTo(1);
        assertThat(environment(chart.deployment("gateway")).get("GATEWAY_QUOTA_STORE").getValue()).isEqualTo("local");
        assertThat(chart.objects()).noneMatch(object -> object.getMetadata().getName().endsWith("-redis"));
        assertThat(chart.all(PodDisruptionBudget.class)).as("a budget of one pod would block every node drain").isEmpty();
    }

    @Test
    void refusesSeveralGatewaysWithTheLocalQuotaStore() {
        assertThatThrownBy(() -> render(null, template -> template.set("gateway.replicas", 3)))
                .hasMessageContaining("more than one replica").hasMessageContaining("gateway.quotaStore=redis");
        assertThatThrownBy(() -> render(null, template -> template.set("gateway.autoscaling.enabled", true)))
                .hasMessageContaining("gateway.quotaStore=redis");

        RenderedChart scaled = render(null, template -> template.set("gateway.replicas", 3).set("gateway.quotaStore", "redis"));
        assertThat(scaled.deployment("gateway").getSpec().getReplicas()).isEqualTo(3);
        assertThat(scaled.all(PodDisruptionBudget.class)).hasSize(1);
    }

    @Test
    void refusesWrongValuesWithReadableMessages() {
        assertThatThrownBy(() -> render(null, template -> template.set("gateway.quotaStore", "memcached")))
                .hasMessageContaining("quotaStore").hasMessageContaining("local");
        assertThatThrownBy(() -> render(null, template -> template.set("gateway.replicas", 0)))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> render(null, template -> template.set("gateway.trustedProxies[0]", "the ingress")))
                .hasMessageContaining("trustedProxies");
        assertThatThrownBy(() -> render(null, template -> template.set("gateway.replica", 2)))
                .as("a misspelt setting is not silently ignored").hasMessageContaining("replica");
        assertThatThrownBy(() -> render(null, template -> template.set("postgresql.inCluster", false)))
                .hasMessageContaining("postgresql.external.host");
    }

    private static void assertLockedDown(String workload, PodTemplateSpec pod) {
        assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).as(workload).isTrue();
        assertThat(pod.getSpec().getAutomountServiceAccountToken()).as(workload).isFalse();
        for (Container container : pod.getSpec().getContainers()) {
            SecurityContext security = container.getSecurityContext();
            assertThat(security.getAllowPrivilegeEscalation()).as(workload).isFalse();
            assertThat(security.getReadOnlyRootFilesystem()).as(workload).isTrue();
            assertThat(security.getRunAsNonRoot()).as(workload).isTrue();
            assertThat(security.getCapabilities().getDrop()).as(workload).containsExactly("ALL");
            assertThat(security.getCapabilities().getAdd()).as(workload).isNullOrEmpty();
            assertThat(container.getImage()).as("pinned image of %s", workload).matches(".+:[^:/]+$").doesNotEndWith(":latest");
            assertThat(container.getLivenessProbe()).as(workload).isNotNull();
            assertThat(container.getReadinessProbe()).as(workload).isNotNull();
            assertThat(container.getResources().getLimits()).as(workload).containsKey("memory");
        }
    }
}
