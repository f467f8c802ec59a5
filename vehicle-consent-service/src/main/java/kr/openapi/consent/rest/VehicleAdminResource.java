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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff import the vehicle registry the owner check reads. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/consent/vehicles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VehicleAdminResource {

    private final VehicleRegistry registry;

    public VehicleAdminResource(VehicleRegistry registry) {
        this.registry = registry;
    }

    @POST
    @Operation(summary = "Upsert vehicles by carRegNo", description = "Up to 10,000 per call; items not given are generated")
    public Uni<Map<String, Integer>> upsert(@NotNull @NotEmpty List<@Valid @NotNull VehicleRecord> vehicles) {
        return registry.upsert(vehicles, true).map(count -> Map.of("upserted", count));
    }
}
