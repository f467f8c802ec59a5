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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kr.openapi.common.security.Callers;
import kr.openapi.consent.mapping.InstitutionView;
import kr.openapi.consent.mapping.NewInstitution;
import kr.openapi.consent.mapping.NewServiceCode;
import kr.openapi.consent.mapping.SecretIssued;
import kr.openapi.consent.mapping.ServiceCodeIssued;
import kr.openapi.consent.service.InstitutionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** TS staff register the institutions that may use the consent flow, their secrets and their service codes. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/consent/institutions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionAdminResource {

    private final InstitutionService institutions;

    public InstitutionAdminResource(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @POST
    @Operation(summary = "Register an institution", description = "memberId: the portal member whose vehicle-info keys read data;"
            + " hashScheme: SHA256 (default) or HMAC")
    public Uni<Response> register(@Valid @NotNull NewInstitution request) {
        return institutions.register(request).map(saved -> Response
                .created(URI.create("/admin/consent/institutions/" + saved.insttCode()))
                .entity(InstitutionView.of(saved)).build());
    }

    @GET
    @Path("/{insttCode}")
    @Operation(summary = "One institution")
    public Uni<InstitutionView> get(@PathParam("insttCode") String insttCode) {
        return institutions.get(insttCode).map(InstitutionView::of);
    }

    @POST
    @Path("/{insttCode}/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Issue the institution's secret for hashValue", description = "Shown once; the previous secret stops working")
    public Uni<SecretIssued> issueSecret(@PathParam("insttCode") String insttCode) {
        return institutions.issueSecret(insttCode);
    }

    @POST
    @Path("/{insttCode}/services")
    @Operation(summary = "Add a service code", description = "items: codes of GET /admin/consent/items")
    public Uni<Response> addService(@PathParam("insttCode") String insttCode, @Valid @NotNull NewServiceCode request) {
        return institutions.addService(insttCode, request).map(issued -> Response.status(Response.Status.CREATED).entity(issued).build());
    }
}
