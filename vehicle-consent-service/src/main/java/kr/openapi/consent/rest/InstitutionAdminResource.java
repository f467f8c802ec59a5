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
import kr.openapi.consent.service.InstitutionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** TS staff register the institutions that may use the consent flow. */
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
    @Operation(summary = "Register an institution")
    public Uni<Response> register(@Valid @NotNull NewInstitution request) {
        return institutions.register(request).map(saved -> Response
                .created(URI.create("/admin/consent/institutions/" + saved.insttCode))
                .entity(InstitutionView.of(saved)).build());
    }

    @GET
    @Path("/{insttCode}")
    @Operation(summary = "One institution")
    public Uni<InstitutionView> get(@PathParam("insttCode") String insttCode) {
        return institutions.get(insttCode).map(InstitutionView::of);
    }
}
