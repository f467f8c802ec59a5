package kr.openapi.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.common.security.Callers;
import kr.openapi.consent.mapping.ItemCatalogView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The item sets a service code may include (the seed's application sheet). */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/consent/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemAdminResource {

    @GET
    @Operation(summary = "The item sets and their fields")
    public ItemCatalogView list() {
        return ItemCatalogView.all();
    }
}
