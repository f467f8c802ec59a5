package kr.openapi.consent.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.common.security.Callers;
import kr.openapi.consent.mapping.ConsentView;
import kr.openapi.consent.mapping.WithdrawRequest;
import kr.openapi.consent.service.ConsentRecords;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** TS staff find consents and withdraw one when the owner asks them (seed ⑥: "TS교통안전공단에 문의"). */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/consent/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentAdminResource {

    private final ConsentRecords consents;
    private final JsonWebToken caller;

    public ConsentAdminResource(ConsentRecords consents, JsonWebToken caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Consents of a vehicle or an institution", description = "carRegNo or insttCode; newest first, at most 1,000")
    public Uni<ConsentView.Page> search(@QueryParam("carRegNo") String carRegNo, @QueryParam("insttCode") String insttCode) {
        return consents.search(carRegNo, insttCode);
    }

    @POST
    @Path("/{consentId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a consent for its owner", description = "Recorded in the audit trail as by STAFF, with the reason")
    public Uni<ConsentView> withdraw(@PathParam("consentId") String consentId, @Valid @NotNull WithdrawRequest request) {
        String staff = caller.getName() == null ? "admin" : caller.getName();
        return consents.withdrawByStaff(consentId, staff, request.reason());
    }
}
