package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.mapping.ApplicationRequest;
import kr.openapi.keys.mapping.ApplicationView;
import kr.openapi.keys.service.KeyApplicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's applications (seed: Open API 신청하기, 내 오픈 API 신청보기). */
@Path("/api/v1/applications")
@RolesAllowed(Callers.MEMBER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KeyApplicationResource {

    private final KeyApplicationService applications;
    private final CurrentMember current;

    public KeyApplicationResource(KeyApplicationService applications, CurrentMember current) {
        this.applications = applications;
        this.current = current;
    }

    @POST
    @Operation(summary = "Apply for a service key: product, access IPs (addresses or CIDRs), reason")
    public Uni<Response> apply(@Valid @NotNull ApplicationRequest request) {
        return applications.apply(current.id(), request)
                .map(view -> Response.created(URI.create("/api/v1/applications/" + view.id())).entity(view).build());
    }

    @GET
    @Operation(summary = "My applications with their status and, once approved, their keys")
    public Uni<List<ApplicationView>> mine() {
        return applications.applicationsOf(current.id());
    }
}
