package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.mapping.ApiProductView;
import kr.openapi.keys.mapping.NewApiProduct;
import kr.openapi.keys.service.ApiProductService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Publishing agencies' products are registered by an admin. */
@Path("/api/v1/admin/products")
@RolesAllowed(Callers.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiProductAdminResource {

    private final ApiProductService products;

    public ApiProductAdminResource(ApiProductService products) {
        this.products = products;
    }

    @POST
    @Operation(summary = "Register an API product")
    public Uni<Response> register(@Valid @NotNull NewApiProduct request) {
        return products.register(request).map(saved -> Response
                .created(URI.create("/api/v1/products/" + saved.code))
                .entity(ApiProductView.of(saved))
                .build());
    }
}
