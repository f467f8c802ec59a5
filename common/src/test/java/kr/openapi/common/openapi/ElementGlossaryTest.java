package kr.openapi.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ElementGlossaryTest {

    private final ElementGlossary glossary = new ElementGlossary(Map.of("bizSeqNo", "거래고유번호 AN(20)", "phone", "핸드폰번호 AN(11)",
            "reqPage", "요청페이지 AN(5)"));

    @Test
    void describesEveryElementOfThatNameWithoutADescriptionAndKeepsWrittenOnes() {
        Schema row = OASFactory.createSchema().addProperty("phone", OASFactory.createSchema());
        Schema body = OASFactory.createSchema()
                .addProperty("bizSeqNo", OASFactory.createSchema())
                .addProperty("reqList", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(row))
                .addProperty("other", OASFactory.createSchema().description("written on the code"));
        Parameter page = OASFactory.createParameter().name("reqPage").in(Parameter.In.QUERY);
        Parameter unknown = OASFactory.createParameter().name("unknown").in(Parameter.In.QUERY);
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Body", body))
                .paths(OASFactory.createPaths().addPathItem("/x", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().addParameter(page).addParameter(unknown))));

        glossary.describe(openAPI);

        assertThat(body.getProperties().get("bizSeqNo").getDescription()).isEqualTo("거래고유번호 AN(20)");
        assertThat(row.getProperties().get("phone").getDescription()).isEqualTo("핸드폰번호 AN(11)");
        assertThat(body.getProperties().get("other").getDescription()).isEqualTo("written on the code");
        assertThat(page.getDescription()).isEqualTo("요청페이지 AN(5)");
        assertThat(unknown.getDescription()).isNull();
    }
}
