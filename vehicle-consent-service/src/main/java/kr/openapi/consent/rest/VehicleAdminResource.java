package kr.openapi.consent.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import kr.openapi.common.security.Callers;
import kr.openapi.consent.mapping.VehicleRecord;
import kr.openapi.consent.service.VehicleRegistry;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff import the vehicle registry the owner check reads. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/consent/vehicles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VehicleAdminResource {

    private final VehicleRegistry registry;
    private final JsonWebToken caller;

    public VehicleAdminResource(VehicleRegistry registry, JsonWebToken caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Upsert vehicles by carRegNo", description = "Up to 10,000 per call; items not given are generated. "
            + "A vehicle whose owner changed loses the consents its previous owner gave (withdrawn, by this staff member)")
    public Uni<Map<String, Integer>> upsert(@NotNull @NotEmpty List<@Valid @NotNull VehicleRecord> vehicles) {
        String staff = caller.getName() == null ? "admin" : caller.getName();
        return registry.importReplacing(vehicles, staff).map(count -> Map.of("upserted", count));
    }
}
