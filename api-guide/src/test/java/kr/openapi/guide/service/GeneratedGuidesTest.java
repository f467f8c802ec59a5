package kr.openapi.guide.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.GuideOperation;
import org.junit.jupiter.api.Test;

/**
 * The guides this build generated (and the portal serves) against the OpenAPI documents the product services stored
 * when they were built: every operation a key holder or the public can call is in its product's guide, with curl and
 * Python examples and every parameter and element described, and every guide lists its protocol's result codes.
 */
class GeneratedGuidesTest {

    private final GuideCatalog catalog = GuideCatalog.load();

    @Test
    void everyOperationOfEveryProductDocumentIsInAGuide() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String file : System.getProperty("guide.documents").split(",")) {
            JsonNode document = GuideCatalog.JSON.readTree(Path.of(file.strip()).toFile());
            for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) document.path("paths")::fields) {
                for (var method : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                    List<String> groups = new ArrayList<>();
                    method.getValue().path("security").forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(g -> groups.add(g.asText()))));
                    if (!groups.isEmpty() && GuideBuilder.STAFF.containsAll(groups)) {
                        continue;
                    }
                    checked++;
                    String name = method.getKey().toUpperCase() + " " + path.getKey();
                    boolean found = catalog.products().stream().map(product -> catalog.guide(product).orElseThrow())
                            .anyMatch(guide -> guide.operations().stream().anyMatch(o -> o.name().equals(name)
                                    && (groups.isEmpty() || groups.contains("key:" + guide.product()))));
                    if (!found) {
                        missing.add(name + " " + groups);
                    }
                }
            }
        }
        assertThat(checked).as("operations of the product documents").isGreaterThan(40);
        assertThat(missing).as("operations missing from every guide").isEmpty();
    }

    /** A guide that lists a name without saying what it is helps no one: describe it where it is declared, or in the glossary. */
    @Test
    void everyParameterAndElementIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (String product : catalog.products()) {
            for (GuideOperation operation : catalog.guide(product).orElseThrow().operations()) {
                operation.parameters().stream().filter(p -> p.description().isBlank())
                        .forEach(p -> undescribed.add(operation.name() + " parameter " + p.name()));
                java.util.stream.Stream.concat(operation.requestBody().stream(), operation.response().stream())
                        .filter(e -> e.description().isBlank()).forEach(e -> undescribed.add(operation.name() + " element " + e.name()));
            }
        }
        assertThat(undescribed).as("parameters and elements without a description (a @Schema or @Parameter description, or the "
                + "service's glossary)").isEmpty();
    }

    /** An example a reader must first fill in does not run as written: each required query parameter has an example value. */
    @Test
    void theGov24ExamplesNeedNothingFilledIn() {
        for (GuideOperation operation : catalog.guide("public-service-catalog").orElseThrow().operations()) {
            for (var example : operation.examples()) {
                for (var parameter : operation.parameters()) {
                    assertThat(example.code()).as(operation.name() + " " + example.language()).doesNotContain("<" + parameter.name() + ">");
                }
            }
        }
    }

    @Test
    void theProductsOfThePortalHaveGuidesWithExamplesAndResultCodes() {
        assertThat(catalog.products()).contains("public-service-catalog", "driver-insurance", "charging-platform", "ev-charger");
        for (String product : catalog.products()) {
            ApiGuide guide = catalog.guide(product).orElseThrow();
            assertThat(guide.codeTables()).as(product + " result codes").isNotEmpty();
            for (GuideOperation operation : guide.operations()) {
                assertThat(operation.examples()).as(operation.name()).extracting("language").containsExactly("curl", "Python");
                assertThat(operation.examples().get(0).code()).as(operation.name()).startsWith("curl").contains("{baseUrl}" + "/");
                if (!operation.publicAccess()) {
                    assertThat(operation.examples().get(0).code()).as(operation.name()).containsAnyOf("{serviceKey}", "{serviceKeyEncoded}");
                }
            }
        }
        assertThat(catalog.guide("ev-charger").orElseThrow().codeTables()).extracting("element").containsExactly("resultCode");
        assertThat(catalog.guide("driver-insurance").orElseThrow().codeTables()).extracting("element").containsExactly("resBizCode");
        assertThat(catalog.guide("charging-platform").orElseThrow().codeTables()).extracting("element").containsExactly("status");
        assertThat(Set.copyOf(catalog.products())).doesNotContain("index");
    }
}
