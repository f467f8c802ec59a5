package kr.openapi.guide.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import kr.openapi.guide.mapping.ApiGuide;
import kr.openapi.guide.mapping.GuideOperation;
import kr.openapi.guide.mapping.GuideParameter;
import org.junit.jupiter.api.Test;

class GuideBuilderTest {

    private static JsonNode document(String paths) throws Exception {
        return GuideCatalog.JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "Test API", "version": "1"},
                 "components": {"schemas": {
                   "Row": {"type": "object", "required": ["statId"], "properties": {
                     "statId": {"type": "string", "maxLength": 8, "minLength": 8, "description": "충전소 ID"},
                     "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
                   "Item": {"type": "object", "properties": {"stat": {"type": ["string", "null"], "enum": ["1", "2"]}}},
                   "Codes": {"type": "string", "x-result-codes": {"element": "resultCode", "paths": ["/ev/"],
                     "codes": [{"code": "00", "message": "정상입니다."}]}},
                   "Other": {"type": "string", "x-result-codes": {"element": "status", "paths": ["/platform/"],
                     "codes": [{"code": "200", "message": "ok"}]}}}},
                 "paths": %s}
                """.formatted(paths));
    }

    private static final String KEYED = """
            "/ev/getChargerInfo": {"get": {"summary": "충전기 정보", "security": [{"SecurityScheme": ["key:ev-charger"]}],
              "parameters": [{"name": "zcode", "in": "query", "required": true, "description": "시도 코드",
                              "schema": {"type": "string", "maxLength": 2, "minLength": 2}, "example": "11"},
                             {"name": "pageNo", "in": "query", "schema": {"type": "integer", "default": 1}},
                             {"name": "kind", "in": "query", "schema": {"type": "string"}}],
              "responses": {"200": {"content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Row"}}}}}}}""";

    @Test
    void keyedOperationsGoToTheirProductsGuideWithParametersResponseAndCodes() throws Exception {
        Map<String, ApiGuide> guides = new GuideBuilder(document("{" + KEYED + "}")).guides();

        assertThat(guides).containsOnlyKeys("ev-charger");
        ApiGuide guide = guides.get("ev-charger");
        assertThat(guide.documentTitle()).isEqualTo("Test API");
        assertThat(guide.codeTables()).singleElement().satisfies(table -> {
            assertThat(table.element()).isEqualTo("resultCode");
            assertThat(table.codes()).extracting("code", "message").containsExactly(org.assertj.core.groups.Tuple.tuple("00", "정상입니다."));
        });
        GuideOperation operation = guide.operations().get(0);
        assertThat(operation.name()).isEqualTo("GET /ev/getChargerInfo");
        assertThat(operation.publicAccess()).isFalse();
        assertThat(operation.parameters()).extracting(GuideParameter::name, GuideParameter::required, GuideParameter::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zcode", true, "string(2)"),
                        org.assertj.core.groups.Tuple.tuple("pageNo", false, "integer"),
                        org.assertj.core.groups.Tuple.tuple("kind", false, "string"));
        assertThat(operation.response()).extracting("name", "depth", "required", "type").containsExactly(
                org.assertj.core.groups.Tuple.tuple("statId", 0, true, "string(8)"),
                org.assertj.core.groups.Tuple.tuple("items[]", 0, false, "array of object"),
                org.assertj.core.groups.Tuple.tuple("items[].stat", 1, false, "string: 1 | 2"));
    }

    @Test
    void examplesCarryTheKeyRequiredParametersAndDocumentedValues() throws Exception {
        GuideOperation operation = new GuideBuilder(document("{" + KEYED + "}")).guides().get("ev-charger").operations().get(0);

        String curl = operation.examples().get(0).code();
        assertThat(operation.examples()).extracting("language").containsExactly("curl", "Python");
        assertThat(curl).startsWith("curl -G \"{baseUrl}/ev/getChargerInfo\"")
                .contains("--data-urlencode \"serviceKey={serviceKey}\"", "--data-urlencode \"zcode=11\"", "--data-urlencode \"pageNo=1\"")
                .doesNotContain("kind=");
        assertThat(operation.examples().get(1).code()).contains("\"serviceKey\": \"{serviceKey}\"", "urllib.parse.urlencode(params)");
    }

    @Test
    void aBodyIsSentAsJsonWithTheKeyEncodedInTheQuery() throws Exception {
        String paths = """
                {"/platform/station": {"post": {"security": [{"SecurityScheme": ["key:charging-platform"]}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Row"}}}},
                  "responses": {"200": {"description": "OK"}}}}}""";
        GuideOperation operation = new GuideBuilder(document(paths)).guides().get("charging-platform").operations().get(0);

        assertThat(operation.requestBody()).extracting("name").containsExactly("statId", "items[]", "items[].stat");
        assertThat(operation.examples().get(0).code()).contains("-X POST \"{baseUrl}/platform/station?serviceKey={serviceKeyEncoded}\"",
                "Content-Type: application/json", "\"statId\" : \"\"", "\"items\" : [ {");
    }

    @Test
    void staffOperationsAreInNoGuideAndPublicOnesJoinTheProductOfTheirPath() throws Exception {
        String paths = "{" + KEYED + """
                , "/ev/public/stations": {"get": {"summary": "공개", "responses": {}}},
                  "/admin/charging/operators": {"post": {"security": [{"SecurityScheme": ["admin"]}], "responses": {}}},
                  "/internal/keys": {"get": {"security": [{"SecurityScheme": ["gateway"]}], "responses": {}}}}""";

        ApiGuide guide = new GuideBuilder(document(paths)).guides().get("ev-charger");

        assertThat(guide.operations()).extracting(GuideOperation::name).containsExactly("GET /ev/getChargerInfo", "GET /ev/public/stations");
        GuideOperation open = guide.operations().get(1);
        assertThat(open.publicAccess()).isTrue();
        assertThat(open.examples().get(0).code()).doesNotContain("serviceKey");
    }

    @Test
    void aPublicOperationThatFitsNoProductFailsTheBuild() throws Exception {
        String paths = "{" + KEYED + ", \"/elsewhere/page\": {\"get\": {\"responses\": {}}}}";

        assertThatThrownBy(() -> new GuideBuilder(document(paths)).guides())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/elsewhere/page");
    }

    @Test
    void anOperationForAnUnknownGroupFailsTheBuild() throws Exception {
        String paths = "{\"/x\": {\"get\": {\"security\": [{\"SecurityScheme\": [\"partner\"]}], \"responses\": {}}}}";

        assertThatThrownBy(() -> new GuideBuilder(document(paths)).guides())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("partner");
    }
}
