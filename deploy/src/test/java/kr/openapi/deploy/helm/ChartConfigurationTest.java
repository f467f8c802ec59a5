package kr.openapi.deploy.helm;

import static kr.openapi.deploy.helm.PlatformChartTest.SERVICES;
import static kr.openapi.deploy.helm.RenderedChart.CLUSTER;
import static kr.openapi.deploy.helm.RenderedChart.PRODUCTION_VALUES;
import static kr.openapi.deploy.helm.RenderedChart.container;
import static kr.openapi.deploy.helm.RenderedChart.environment;
import static kr.openapi.deploy.helm.RenderedChart.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import kr.openapi.common.security.PemKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart against the services it installs: the environment it sets is what each service reads, the key files
 * are mounted where the services look for them, the images are named as the builds name them, and the secrets it
 * generates are real keys, never values written in values.yaml, and survive an upgrade unchanged.
 */
class ChartConfigurationTest {

    private static final Pattern KEY_FILE = Pattern.compile("file:/run/secrets/jwt/([a-z.-]+)");

    @TempDir
    Path keys;

    static Stream<Arguments> valuesFiles() {
        return PlatformChartTest.valuesFiles();
    }

    @AfterEach
    void emptyTheCluster() {
        CLUSTER.forgetEverything();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyVariableSetIsOneTheServiceReadsAndNoneItNeedsIsMissing(String name, Path values) {
        RenderedChart chart = render(values);

        for (String service : SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, EnvVar> environment = environment(chart.deployment(service));
            assertThat(environment.keySet()).as("variables of %s", service)
                    // Quarkus' own settings (the HTTP uploads directory, the Redis password) are not in our sources.
                    .allSatisfy(variable -> assertThat(variable.startsWith("QUARKUS_") || settings.reads(variable))
                            .as("%s reads %s", service, variable).isTrue())
                    .contains("DB_HOST", "DB_PORT", "DB_NAME", "DB_USERNAME", "DB_PASSWORD", "OPENAPI_PII_KEY");
            settings.variableDefaults().forEach((variable, fallback) -> {
                if (fallback == null) {
                    assertThat(environment).as("%s has no default in %s", variable, service).containsKey(variable);
                }
            });
            assertThat(environment.get("DB_NAME").getValue()).as("the database %s uses without the chart", service)
                    .isEqualTo(settings.variableDefaults().get("DB_NAME"));
        }
    }

    @Test
    void theGatewayForwardsToEveryServiceOfTheRelease() {
        RenderedChart chart = render(null);
        Map<String, EnvVar> gateway = environment(chart.deployment("gateway"));
        Set<String> services = chart.all(io.fabric8.kubernetes.api.model.Service.class).stream()
                .map(service -> "http://" + service.getMetadata().getName()).collect(Collectors.toSet());

        for (String upstream : List.of("KEY_ISSUANCE_URL", "VEHICLE_CONSENT_URL", "PUBLIC_SERVICE_CATALOG_URL",
                "DRIVER_INSURANCE_URL", "CHARGING_PLATFORM_URL")) {
            assertThat(services).as(upstream).contains(gateway.get(upstream).getValue());
        }
    }

    @Test
    void everyKeyFileAServiceReadsIsMountedAndNoPrivateKeyWhereItIsNotUsed() {
        RenderedChart chart = render(null);

        for (String service : SERVICES) {
            Set<String> read = new HashSet<>();
            ServiceSettings.of(service).properties().values().forEach(value -> {
                Matcher file = KEY_FILE.matcher(value);
                while (file.find()) {
                    read.add(file.group(1));
                }
            });
            Deployment deployment = chart.deployment(service);
            String mountPath = container(deployment).getVolumeMounts().stream().filter(mount -> mount.getName().equals("jwt"))
                    .findFirst().orElseThrow().getMountPath();
            Volume jwt = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(volume -> volume.getName().equals("jwt")).findFirst().orElseThrow();
            Set<String> mounted = jwt.getSecret().getItems().stream().map(KeyToPath::getPath).collect(Collectors.toSet());

            assertThat(mountPath).isEqualTo("/run/secrets/jwt");
            assertThat(mounted).as("key files of %s", service).isEqualTo(read);
        }
    }

    @Test
    void imagesAreNamedAsEachServiceBuildNamesThem() throws Exception {
        RenderedChart chart = render(null);
        JsonNode values = yaml(RenderedChart.CHART.resolve("values.yaml"));
        JsonNode chartFile = yaml(RenderedChart.CHART.resolve("Chart.yaml"));
        String version = System.getProperty("project.version");

        assertThat(chartFile.get("appVersion").asText()).as("the chart's appVersion is the services' version").isEqualTo(version);
        for (String service : SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, String> properties = settings.properties();
            assertThat(properties.get("quarkus.application.name")).isEqualTo(service);
            assertThat(values.at("/image/registry").asText()).isEqualTo(properties.get("quarkus.container-image.registry"));
            assertThat(values.at("/image/repository").asText()).isEqualTo(properties.get("quarkus.container-image.group"));
            assertThat(properties.get("quarkus.container-image.name")).isEqualTo("${quarkus.application.name}");
            assertThat(properties.get("quarkus.container-image.tag")).isEqualTo("${quarkus.application.version}");
            assertThat(container(chart.deployment(service)).getImage())
                    .isEqualTo("localhost:5000/openapi-platform/" + service + ":" + version);
            assertThat(ServiceSettings.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm")).exists();
            assertThat(ServiceSettings.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.native")).exists();
        }
    }

    @Test
    void generatedSecretsAreRealKeysAndNoneIsAValueOfValuesYaml() throws Exception {
        Map<String, Map<String, String>> first = secrets(render(null));
        Map<String, Map<String, String>> second = secrets(render(null));
        Set<String> defaults = new HashSet<>();
        collectStrings(yaml(RenderedChart.CHART.resolve("values.yaml")), defaults);

        assertThat(first.keySet()).containsExactlyInAnyOrder("openapi-openapi-platform-jwt",
                "openapi-openapi-platform-personal-data", "openapi-openapi-platform-postgresql", "openapi-openapi-platform-portal-admin");
        first.forEach((secret, data) -> data.forEach((key, value) -> {
            assertThat(defaults).as("%s/%s is not written in values.yaml", secret, key).doesNotContain(value);
            assertThat(second.get(secret).get(key)).as("%s/%s is generated, not fixed", secret, key).isNotEqualTo(value);
        }));

        Map<String, String> jwt = first.get("openapi-openapi-platform-jwt");
        assertThat(signsAndVerifies(jwt.get("gateway-signing.key.pem"), jwt.get("gateway-signing.pub.pem"))).isTrue();
        assertThat(signsAndVerifies(jwt.get("portal-signing.key.pem"), jwt.get("portal-signing.pub.pem"))).isTrue();
        assertThat(signsAndVerifies(jwt.get("gateway-signing.key.pem"), jwt.get("portal-signing.pub.pem"))).isFalse();
        Map<String, String> personalData = first.get("openapi-openapi-platform-personal-data");
        assertThat(personalData.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(personalData.values()).allSatisfy(key -> assertThat(Base64.getDecoder().decode(key)).hasSize(32))
                .doesNotHaveDuplicates();
        assertThat(first.get("openapi-openapi-platform-postgresql").values()).allSatisfy(password -> assertThat(password).hasSize(32))
                .doesNotHaveDuplicates();
    }

    @Test
    void anUpgradeKeepsEverySecretTheFirstInstallGenerated() {
        RenderedChart install = render(null);
        install.all(Secret.class).forEach(secret -> CLUSTER.holdSecret(secret.getMetadata().getName(), secret.getData()));

        RenderedChart upgrade = render(null);

        assertThat(upgrade.all(Secret.class)).hasSize(4).allSatisfy(secret -> {
            assertThat(secret.getMetadata().getAnnotations()).containsEntry("helm.sh/resource-policy", "keep");
            Secret installed = install.all(Secret.class).stream()
                    .filter(s -> s.getMetadata().getName().equals(secret.getMetadata().getName())).findFirst().orElseThrow();
            assertThat(secret.getData()).isEqualTo(installed.getData());
        });
    }

    @Test
    void anInstalledReleaseWhoseGeneratedSecretIsGoneIsNotGivenNewPasswords() {
        RenderedChart install = render(null);
        install.all(Secret.class).stream().filter(secret -> !secret.getMetadata().getName().endsWith("-postgresql"))
                .forEach(secret -> CLUSTER.holdSecret(secret.getMetadata().getName(), secret.getData()));
        CLUSTER.holdServiceAccount("openapi-openapi-platform-services");

        assertThatThrownBy(() -> render(null)).hasMessageContaining("Secret openapi-openapi-platform-postgresql of the installed release openapi is missing");
    }

    @Test
    void namedSecretsAreUsedAndNoneIsGenerated() {
        RenderedChart chart = render(PRODUCTION_VALUES);

        assertThat(chart.all(Secret.class)).as("only Redis' password, for the in-cluster Redis").singleElement()
                .satisfies(secret -> assertThat(secret.getData()).containsOnlyKeys("redis-password"));
        Map<String, EnvVar> keyIssuance = environment(chart.deployment("key-issuance-service"));
        assertThat(keyIssuance.get("DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo("openapi-postgresql");
        assertThat(keyIssuance.get("OPENAPI_PII_KEY").getValueFrom().getSecretKeyRef().getName()).isEqualTo("openapi-personal-data");
        assertThat(keyIssuance.get("PORTAL_ADMIN_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo("openapi-portal-admin");
    }

    private Map<String, Map<String, String>> secrets(RenderedChart chart) {
        Map<String, Map<String, String>> secrets = new TreeMap<>();
        for (Secret secret : chart.all(Secret.class)) {
            Map<String, String> decoded = new TreeMap<>();
            secret.getData().forEach((key, value) -> decoded.put(key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
            secrets.put(secret.getMetadata().getName(), decoded);
        }
        return secrets;
    }

    /** Whether a token signed with the private key is accepted by the services' verifier with the public half. */
    private boolean signsAndVerifies(String privatePem, String publicPem) throws Exception {
        Path privateFile = Files.writeString(Files.createTempFile(keys, "key", ".pem"), privatePem);
        Path publicFile = Files.writeString(Files.createTempFile(keys, "pub", ".pem"), publicPem);
        String issuer = "https://gateway.openapi.local";
        String token = Jwt.issuer(issuer).subject("gateway").groups("gateway").expiresIn(60)
                .sign(PemKeys.privateKey(privateFile.toUri().toString()));
        try {
            new DefaultJWTCallerPrincipalFactory().parse(token, new JWTAuthContextInfo(publicFile.toUri().toString(), issuer));
            return true;
        } catch (ParseException e) {
            return false;
        }
    }

    private static JsonNode yaml(Path file) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    private static void collectStrings(JsonNode node, Set<String> strings) {
        if (node.isTextual() && !node.asText().isEmpty()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, strings));
    }
}
