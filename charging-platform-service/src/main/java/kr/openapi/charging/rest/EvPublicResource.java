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
import jakarta.ws.rs.QueryParam;
import kr.openapi.charging.mapping.EvResponse;
import kr.openapi.charging.service.EvChargerService;
import kr.openapi.charging.service.EvSummaryService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the EV portal shows anyone, without a key (a keyless gateway route): the prices by operator, the chargers by
 * province, and a station lookup with each charger's status (as Korea's EV portal shows anyone), in the same
 * envelopes as the keyed API. The lookup is narrow on purpose (a province, a district or a name; 20 stations a
 * page): bulk data stays behind a service key.
 */
@PermitAll
@Path("/ev/public")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class EvPublicResource {

    private final EvSummaryService summaries;
    private final EvChargerService chargers;

    public EvPublicResource(EvSummaryService summaries, EvChargerService chargers) {
        this.summaries = summaries;
        this.chargers = chargers;
    }

    @GET
    @Path("/districts")
    @Operation(summary = "The districts (zscode, zscodeNm) of a province (zcode) that have stations, for the station lookup's choices")
    public Uni<Response> districts(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("zcode") String zcode) {
        return EvChargerResource.whole(chargers.districts(zcode), EvChargerResource.wantsJson(uri, headers));
    }

    @GET
    @Path("/stations")
    @Operation(summary = "충전소 조회, for the portal: stations by province (zcode), district (zscode) or name/address (q), 20 a page,"
            + " each with its chargers' type, output, status and last change")
    public Uni<Response> stations(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("zcode") String zcode,
                                  @QueryParam("zscode") String zscode, @QueryParam("q") String q, @QueryParam("pageNo") String pageNo) {
        boolean json = EvChargerResource.wantsJson(uri, headers);
        return chargers.lookup(zcode, zscode, q, pageNo).map(found -> EvChargerResource.respond(json,
                EvResponse.of(json, found.stations(), found.total(), found.pageNo(), EvChargerService.STATIONS_PER_PAGE)));
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
