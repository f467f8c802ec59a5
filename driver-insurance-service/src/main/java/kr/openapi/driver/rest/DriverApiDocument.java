package kr.openapi.driver.rest;

import kr.openapi.driver.mapping.DriverGlossary;
import kr.openapi.common.openapi.ElementGlossary;
import kr.openapi.common.openapi.ResultCodeTable;
import kr.openapi.common.result.ResultCode;
import kr.openapi.driver.mapping.BizCode;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Publishes the whole {@code resBizCode} table in the OpenAPI document (the service's own codes and the gateway's
 * {@code G0xx}), generated from the code so the document, and the portal's usage guide made from it, cannot drift
 * from what is answered.
 */
public class DriverApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ElementGlossary(DriverGlossary.ELEMENTS).describe(openAPI);
        ResultCodeTable table = ResultCodeTable.of("resBizCode", "/driver/v1/");
        StringBuilder markdown = new StringBuilder("| resBizCode | resBizMessage |\n|---|---|\n");
        for (BizCode code : BizCode.values()) {
            table.code(code.code(), code.message());
            markdown.append("| ").append(code.code()).append(" | ").append(code.message()).append(" |\n");
        }
        for (ResultCode code : ResultCode.values()) {
            if (!code.isSuccess()) {
                String message = code.message() + " (게이트웨이 코드 " + code.code() + ")";
                table.code(code.asFourCharacterCode(), message);
                markdown.append("| ").append(code.asFourCharacterCode()).append(" | ").append(message).append(" |\n");
            }
        }
        table.addTo(openAPI, "ResBizCode", "Outcome of a call or of one row: 1xxx refuse the request whole, 2xxx one row of a batch, "
                + "G0xx the gateway (service key, IP, quota; HTTP 401/403/429), 9999 a failure of ours.");
        String description = openAPI.getInfo().getDescription() == null ? "" : openAPI.getInfo().getDescription() + "\n\n";
        openAPI.getInfo().setDescription(description + "Every call answers HTTP 200 with `resBizCode`; the gateway's own refusals "
                + "keep their HTTP status. The codes:\n\n" + markdown);
    }
}
