package kr.openapi.driver.rest;

import java.util.ArrayList;
import java.util.List;
import kr.openapi.common.result.ResultCode;
import kr.openapi.driver.mapping.BizCode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Publishes the whole {@code resBizCode} table in the OpenAPI document (the service's own codes and the gateway's
 * {@code G0xx}), generated from the code so the document cannot drift from what is answered.
 */
public class DriverApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Object> codes = new ArrayList<>();
        StringBuilder table = new StringBuilder("| resBizCode | resBizMessage |\n|---|---|\n");
        for (BizCode code : BizCode.values()) {
            codes.add(code.code());
            table.append("| ").append(code.code()).append(" | ").append(code.message()).append(" |\n");
        }
        for (ResultCode code : ResultCode.values()) {
            if (!code.isSuccess()) {
                codes.add(code.asFourCharacterCode());
                table.append("| ").append(code.asFourCharacterCode()).append(" | ").append(code.message())
                        .append(" (the gateway's code ").append(code.code()).append(") |\n");
            }
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(codes)
                .description("Outcome of a call or of one row: 1xxx refuse the request whole, 2xxx one row of a batch, G0xx the "
                        + "gateway (service key, IP, quota; HTTP 401/403/429), 9999 a failure of ours.\n\n" + table);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("ResBizCode", schema);
        String description = openAPI.getInfo().getDescription() == null ? "" : openAPI.getInfo().getDescription() + "\n\n";
        openAPI.getInfo().setDescription(description + "Every call answers HTTP 200 with `resBizCode`; the gateway's own refusals "
                + "keep their HTTP status. The codes:\n\n" + table);
    }
}
