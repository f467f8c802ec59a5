package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.config.PortalConfig;
import kr.openapi.keys.mapping.DailyUsage;
import kr.openapi.keys.mapping.KeyGuideView;
import kr.openapi.keys.mapping.KeyView;
import kr.openapi.keys.service.ServiceKeyService;
import kr.openapi.keys.service.UsageGuides;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's keys (seed: API 발급정보). */
@Path("/api/v1/keys")
@RolesAllowed(Callers.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class ServiceKeyResource {

    private final ServiceKeyService keys;
    private final CurrentMember current;
    private final UsageGuides guides;
    private final PortalConfig config;

    public ServiceKeyResource(ServiceKeyService keys, CurrentMember current, UsageGuides guides, PortalConfig config) {
        this.keys = keys;
        this.current = current;
        this.guides = guides;
        this.config = config;
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

    @GET
    @Path("/{id}/guide")
    @Operation(summary = "The usage guide's examples with this key filled in (the key's owner only; never cached)")
    public Uni<Response> guide(@PathParam("id") long id, @Context HttpHeaders headers, @Context UriInfo uri) {
        String baseUrl = GatewayAddress.of(config, headers, uri);
        return keys.ownKeyView(current.id(), id).map(key -> guides.forKey(key.product(), baseUrl, key.serviceKey())
                .map(guide -> Response.ok(KeyGuideView.of(id, guide)).header(HttpHeaders.CACHE_CONTROL, "no-store").build())
                .orElseThrow(() -> ApiException.noData("이 API의 이용 가이드가 아직 없습니다: " + key.product())));
    }
}
