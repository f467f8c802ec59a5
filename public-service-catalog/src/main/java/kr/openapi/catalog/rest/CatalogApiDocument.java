package kr.openapi.catalog.rest;

import java.util.List;
import java.util.Map;
import kr.openapi.catalog.mapping.CatalogGlossary;
import kr.openapi.common.openapi.ElementGlossary;
import kr.openapi.common.openapi.ResultCodeTable;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes the OpenAPI document with what the Gov24 guide says of each element and parameter (the resources read
 * parameters as text, so the framework knows only their names), the {@code format} each answer is chosen by, and the
 * {@code result} envelope's codes: for its readers and for the portal's usage guide generated from it.
 */
public class CatalogApiDocument implements OASFilter {

    /** What the Gov24 guide says of a parameter beyond its description (which {@link CatalogGlossary} holds). */
    private record Described(boolean required, Integer length, String example) {
    }

    /** Examples are the guide's own sample calls' values, so that the usage guide's examples run as written. */
    private static final Map<String, Described> PARAMETERS = Map.ofEntries(
            Map.entry("srhQuery", new Described(false, 100, "출산")),
            Map.entry("sort", new Described(false, 8, null)),
            Map.entry("jrdsOrgCd", new Described(false, 7, null)),
            Map.entry("jrsdOrgCd", new Described(false, 7, null)),
            Map.entry("jrdsOrgNm", new Described(false, 100, null)),
            Map.entry("jrsdOrgNm", new Described(false, 100, null)),
            Map.entry("lrgAstCd", new Described(false, 6, null)),
            Map.entry("mdmAstCd", new Described(false, 6, null)),
            Map.entry("smallAstCd", new Described(false, 6, null)),
            Map.entry("pageIndex", new Described(false, null, "1")),
            Map.entry("pageSize", new Described(false, null, "10")),
            Map.entry("svcId", new Described(true, 12, "SD0000000250")),
            Map.entry("svclId", new Described(false, 12, null)),
            Map.entry("orgClsCd", new Described(true, 6, "BA0303")),
            Map.entry("upOrgCd", new Described(false, 7, "6410000")),
            Map.entry("level", new Described(false, 6, "medium")),
            Map.entry("upAstCd", new Described(false, 6, "010000")));

    /** The formats each operation answers in, chosen by {@code format}. */
    private static final Map<String, List<String>> FORMATS = Map.of(
            "/openapi/svc/list", List.of("xml", "html", "excel", "json"),
            "/openapi/svc", List.of("xml", "html", "json"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ElementGlossary(CatalogGlossary.ELEMENTS).describe(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getGET();
            if (!path.startsWith("/openapi/") || get == null) {
                return;
            }
            if (get.getParameters() != null) {
                get.getParameters().forEach(CatalogApiDocument::describe);
            }
            List<String> formats = FORMATS.get(path);
            if (formats != null) {
                get.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY).required(true)
                        .description("데이터 제공형태").example("xml")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.copyOf(formats))));
            }
        });
        ResultCodeTable.standard("resultCode", "/openapi/").addTo(openAPI, "ResultCode",
                "The Gov24 guide's result codes (section II.1): a failure answers <result><resultCode>..</resultCode>"
                        + "<resultMessage>..</resultMessage></result> in the format asked for; 00 is success.");
    }

    private static void describe(Parameter parameter) {
        Described described = PARAMETERS.get(parameter.getName());
        if (described == null) {
            return;
        }
        parameter.setRequired(described.required());
        if (described.example() != null) {
            parameter.setExample(described.example());
        }
        if (described.length() != null && parameter.getSchema() != null) {
            parameter.getSchema().setMaxLength(described.length());
        }
    }
}
