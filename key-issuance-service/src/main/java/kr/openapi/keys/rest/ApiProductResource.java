package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.openapi.keys.mapping.ApiProductView;
import kr.openapi.keys.service.ApiProductService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The API catalogue of the portal: every product with its information block. Public. */
@Path("/api/v1/products")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ApiProductResource {

    private final ApiProductService products;

    public ApiProductResource(ApiProductService products) {
        this.products = products;
    }

    @GET
    @Operation(summary = "API products with their information block")
    public Uni<List<ApiProductView>> list() {
        return products.list().map(list -> list.stream().map(ApiProductView::of).toList());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One API product")
    public Uni<ApiProductView> get(@PathParam("code") String code) {
        return products.get(code).map(ApiProductView::of);
    }
}
