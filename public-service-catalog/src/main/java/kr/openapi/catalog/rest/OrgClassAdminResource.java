package kr.openapi.catalog.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.catalog.mapping.OrgClassCodesResponse.OrgCls;
import kr.openapi.catalog.service.OrgClassService;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators maintain the organisation classes here (reached through the gateway as an admin). */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/catalog/org-classes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrgClassAdminResource {

    private final OrgClassService orgClasses;

    public OrgClassAdminResource(OrgClassService orgClasses) {
        this.orgClasses = orgClasses;
    }

    public record OrgClassRequest(@NotBlank @Size(max = 100) String orgClsName) {
    }

    @PUT
    @Path("/{orgClsCode}")
    @Operation(summary = "Add or rename an organisation class")
    public Uni<OrgCls> save(@PathParam("orgClsCode") @Pattern(regexp = OrganisationCodeResource.CLASS_CODE_SHAPE, message = "기관분류 코드는 영문 2자 + 숫자 4자입니다") String code,
                            @Valid @NotNull OrgClassRequest request) {
        return orgClasses.save(code, request.orgClsName().strip()).map(saved -> new OrgCls(saved.code, saved.name));
    }
}
