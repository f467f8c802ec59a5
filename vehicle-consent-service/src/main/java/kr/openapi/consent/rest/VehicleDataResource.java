package kr.openapi.consent.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.consent.mapping.VehicleDataResponse;
import kr.openapi.consent.service.VehicleDataService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Institutions read the data of vehicles whose owners consented (seed ⑦, through the gateway with a service key). */
@RolesAllowed(KeyHolders.VEHICLE_INFO)
@Path("/aio365/api/vehicle")
public class VehicleDataResource {

    private final VehicleDataService data;
    private final JsonWebToken caller;

    public VehicleDataResource(VehicleDataService data, JsonWebToken caller) {
        this.data = data;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "차량 정보 조회", description = "The vehicle and, per service its owner consented to and has not withdrawn,"
            + " that service's items; XML by default, JSON with _type=json")
    public Uni<VehicleDataResponse> read(
            @Parameter(description = "기관코드 (한국교통안전공단이 발급, 서비스키의 회원 기관이어야 함)", required = true, example = "INS0001")
            @QueryParam("insttCode") String insttCode,
            @Parameter(description = "차량 등록번호", required = true, example = "12가3456") @QueryParam("carRegNo") String carRegNo) {
        return data.read(caller.getClaim("memberId") == null ? null : String.valueOf((Object) caller.getClaim("memberId")),
                insttCode, carRegNo);
    }
}
