package kr.openapi.catalog.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.catalog.mapping.OrgClassCodesResponse;
import kr.openapi.catalog.service.OrgClassService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Organisation class code API of the Gov24 guide: {@code GET /openapi/org/cls/code} (XML, or JSON on request). */
@RolesAllowed(KeyHolders.CATALOG)
@Path("/openapi/org/cls/code")
public class OrgClassCodeResource {

    private final OrgClassService orgClasses;

    public OrgClassCodeResource(OrgClassService orgClasses) {
        this.orgClasses = orgClasses;
    }

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "기관분류 코드 조회", description = "Organisation classes; XML by default, JSON with _type=json")
    public Uni<OrgClassCodesResponse> list() {
        return orgClasses.list().map(OrgClassCodesResponse::new);
    }
}
