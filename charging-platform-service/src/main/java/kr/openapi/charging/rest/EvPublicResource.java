package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.service.EvSummaryService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the EV portal shows anyone, without a key (a keyless gateway route): the prices by operator and the
 * chargers by province, in the same envelopes as the keyed API. Aggregates only: no station or connector.
 */
@PermitAll
@Path("/ev/public")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class EvPublicResource {

    private final EvSummaryService summaries;

    public EvPublicResource(EvSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Path("/tariffs")
    @Operation(summary = "사업자별 충전요금(회원기준), for the portal's pages")
    public Uni<Response> tariffs(@Context UriInfo uri, @Context HttpHeaders headers) {
        return EvChargerResource.whole(summaries.tariffs(), EvChargerResource.wantsJson(uri, headers));
    }

    @GET
    @Path("/stats")
    @Operation(summary = "시도별 충전서비스 운영 현황, for the portal's pages")
    public Uni<Response> stats(@Context UriInfo uri, @Context HttpHeaders headers) {
        return EvChargerResource.whole(summaries.provinceStats(), EvChargerResource.wantsJson(uri, headers));
    }
}
