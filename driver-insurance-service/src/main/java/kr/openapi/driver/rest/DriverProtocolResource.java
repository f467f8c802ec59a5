package kr.openapi.driver.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.common.security.Callers;
import kr.openapi.driver.mapping.BatchAnswer;
import kr.openapi.driver.mapping.DriverList;
import kr.openapi.driver.mapping.InsuranceAnswer;
import kr.openapi.driver.mapping.TokenIssued;
import kr.openapi.driver.service.DriverProtocol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The seed's five calls, on its paths. Every call is a POST of JSON; the body is read as bytes whatever the
 * declared type (the guide itself writes {@code application/json:charset=UTF-8}), and every outcome is answered
 * with 200 and the protocol's {@code resBizCode} (see {@code DriverApiDocument} for the table).
 */
@RolesAllowed(Callers.KEY_OF + "driver-insurance")
@Path("/driver/v1")
@Consumes(MediaType.WILDCARD)
@Produces(DriverProtocolResource.JSON_UTF8)
public class DriverProtocolResource {

    static final String JSON_UTF8 = "application/json;charset=UTF-8";

    private final DriverProtocol protocol;

    public DriverProtocolResource(DriverProtocol protocol) {
        this.protocol = protocol;
    }

    @POST
    @Path("/getToken")
    @Operation(summary = "토큰 발행: a one-time token for one business code (D1-D4), valid 6 hours")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestDocs.TokenRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenIssued.class)))
    public Uni<Object> getToken(byte[] body) {
        return protocol.getToken(body);
    }

    @POST
    @Path("/insDriver")
    @Operation(summary = "대리기사 등록: register up to 1,000 drivers (token D1); each gets a consent request")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestDocs.InsDriverRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchAnswer.class)))
    public Uni<Object> insDriver(byte[] body) {
        return protocol.insDriver(body);
    }

    @POST
    @Path("/delDriver")
    @Operation(summary = "대리기사 삭제: delete up to 1,000 drivers (token D2); their personal data is erased")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestDocs.BatchRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchAnswer.class)))
    public Uni<Object> delDriver(byte[] body) {
        return protocol.delDriver(body);
    }

    @POST
    @Path("/getDriver")
    @Operation(summary = "동의여부 조회: drivers and their consent (token D3)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestDocs.GetDriverRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DriverList.class)))
    public Uni<Object> getDriver(byte[] body) {
        return protocol.getDriver(body);
    }

    @POST
    @Path("/findInsurance")
    @Operation(summary = "보험가입 조회: cover of up to 1,000 drivers who consented (token D4)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestDocs.BatchRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InsuranceAnswer.class)))
    public Uni<Object> findInsurance(byte[] body) {
        return protocol.findInsurance(body);
    }
}
