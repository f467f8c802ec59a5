package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.mapping.DailyUsage;
import kr.openapi.keys.mapping.KeyView;
import kr.openapi.keys.service.ServiceKeyService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's keys (seed: API 발급정보). */
@Path("/api/v1/keys")
@RolesAllowed(Callers.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class ServiceKeyResource {

    private final ServiceKeyService keys;
    private final CurrentMember current;

    public ServiceKeyResource(ServiceKeyService keys, CurrentMember current) {
        this.keys = keys;
        this.current = current;
    }

    @GET
    @Operation(summary = "My keys: value, product, dates, status, quota, calls today")
    public Uni<List<KeyView>> mine() {
        return keys.keysOf(current.id());
    }

    @POST
    @Path("/{id}/reissue")
    @Operation(summary = "Re-issue a key (from 30 days before its expiry)")
    public Uni<KeyView> reissue(@PathParam("id") long id) {
        return keys.reissue(current.id(), id);
    }

    @GET
    @Path("/{id}/usage")
    @Operation(summary = "Calls per day over the last 30 days")
    public Uni<List<DailyUsage>> usage(@PathParam("id") long id) {
        return keys.usageOf(current.id(), id);
    }
}
