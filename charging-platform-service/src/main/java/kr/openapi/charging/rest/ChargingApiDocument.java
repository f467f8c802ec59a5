package kr.openapi.charging.rest;

import java.util.List;
import kr.openapi.charging.mapping.ChargingGlossary;
import kr.openapi.charging.mapping.PlatformAnswer;
import kr.openapi.common.openapi.ElementGlossary;
import kr.openapi.common.openapi.ResultCodeTable;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Publishes the codes of this service's two protocols in the OpenAPI document, for its readers and the portal's usage
 * guide: the public EV API's {@code resultCode} (the gateway's refusals on it carry the same codes as
 * {@code returnReasonCode}), and the operator platform's {@code status}, which is the HTTP status.
 */
public class ChargingApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ElementGlossary(ChargingGlossary.ELEMENTS).describe(openAPI);
        // The public EV API reads its format from the query (as the real one does), not from a declared parameter.
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/ev/get") && item.getGET() != null) {
                item.getGET().addParameter(OASFactory.createParameter().name("dataType").in(Parameter.In.QUERY)
                        .description("응답 형식: XML (기본) 또는 JSON").example("JSON")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("XML", "JSON"))));
            }
        });
        ResultCodeTable.standard("resultCode", "/ev/").addTo(openAPI, "EvResultCode",
                "header.resultCode of every answer (00 is success); a refusal by the gateway answers data.go.kr's "
                        + "OpenAPI_ServiceResponse/cmmMsgHeader with the same code in returnReasonCode.");
        ResultCodeTable.of("status", "/platform/")
                .code("200", PlatformAnswer.REQUEST_OK + " / " + PlatformAnswer.SUBMITTED + " / " + PlatformAnswer.MODIFIED + " / "
                        + PlatformAnswer.DELETED + " (성공)")
                .code("400", "요청 형식 또는 값이 올바르지 않습니다 (message에 항목과 이유)")
                .code("401", "토큰, 서명 또는 서비스키가 올바르지 않습니다")
                .code("403", "다른 사업자의 대상이거나, 허용되지 않은 IP 또는 정지된 서비스키입니다")
                .code("404", "대상이 없습니다 (다른 사업자의 대상도 없는 것으로 답합니다)")
                .code("409", "충돌: 이미 있거나, 하위 대상이 남아 있어 삭제할 수 없습니다")
                .code("429", "일일 호출 한도를 넘었습니다 (게이트웨이)")
                .code("500", "플랫폼 내부 오류입니다")
                .addTo(openAPI, "PlatformStatus", "{\"status\": .., \"message\": .., \"data\": ..} of every operator API "
                        + "answer; status is also the HTTP status.");
    }
}
