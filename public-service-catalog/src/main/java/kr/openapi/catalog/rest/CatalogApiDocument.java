package kr.openapi.catalog.rest;

import java.util.List;
import java.util.Map;
import kr.openapi.common.openapi.ResultCodeTable;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes the OpenAPI document with what the Gov24 guide says of each parameter (the resources read them as text,
 * so the framework knows only their names), the {@code format} each answer is chosen by, and the {@code result}
 * envelope's codes: for its readers and for the portal's usage guide generated from it.
 */
public class CatalogApiDocument implements OASFilter {

    /** A parameter as the Gov24 guide describes it. */
    private record Described(String description, boolean required, Integer length, String example) {
    }

    private static final Map<String, Described> PARAMETERS = Map.ofEntries(
            Map.entry("srhQuery", new Described("검색어 (서비스명, 서비스목적, 내용, 지원대상, 선정기준, 신청절차·방법, 키워드)", false, 100, "출산")),
            Map.entry("sort", new Described("정렬: RANK (정확도, 기본), DATE (최신), SORT_TTL (서비스명 가나다), VW_CNT (조회수)", false, 8, null)),
            Map.entry("jrdsOrgCd", new Described("소관기관 코드 (7자리)", false, 7, null)),
            Map.entry("jrsdOrgCd", new Described("소관기관 코드 (jrdsOrgCd의 다른 철자)", false, 7, null)),
            Map.entry("jrdsOrgNm", new Described("소관기관명 (일부)", false, 100, null)),
            Map.entry("jrsdOrgNm", new Described("소관기관명 (jrdsOrgNm의 다른 철자)", false, 100, null)),
            Map.entry("lrgAstCd", new Described("서비스분야 대분류 코드 (6자리, format=excel일 때 필수)", false, 6, null)),
            Map.entry("mdmAstCd", new Described("서비스분야 중분류 코드 (6자리, format=excel일 때 필수)", false, 6, null)),
            Map.entry("smallAstCd", new Described("서비스분야 소분류 코드 (6자리)", false, 6, null)),
            Map.entry("pageIndex", new Described("페이지 번호 (기본 1)", false, null, "1")),
            Map.entry("pageSize", new Described("페이지 크기 (기본 10, 최대 100)", false, null, "10")),
            Map.entry("svcId", new Described("서비스 ID (12자리)", true, 12, null)),
            Map.entry("svclId", new Described("서비스 ID (가이드 표의 철자, svcId와 같음)", false, 12, null)),
            Map.entry("orgClsCd", new Described("기관분류 코드 (영문 대문자 2자와 숫자 4자)", true, 6, null)),
            Map.entry("upOrgCd", new Described("상위기관 코드 (7자리)", false, 7, null)),
            Map.entry("level", new Described("분류 단계: large, medium, small", false, 6, "large")),
            Map.entry("upAstCd", new Described("상위 분류 코드 (6자리, medium·small일 때 필수)", false, 6, null)));

    /** The formats each operation answers in, chosen by {@code format}. */
    private static final Map<String, List<String>> FORMATS = Map.of(
            "/openapi/svc/list", List.of("xml", "html", "excel", "json"),
            "/openapi/svc", List.of("xml", "html", "json"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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
                        .description("응답 형식").example("xml")
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
        parameter.setDescription(described.description());
        parameter.setRequired(described.required());
        if (described.example() != null) {
            parameter.setExample(described.example());
        }
        if (described.length() != null && parameter.getSchema() != null) {
            parameter.getSchema().setMaxLength(described.length());
        }
    }
}
