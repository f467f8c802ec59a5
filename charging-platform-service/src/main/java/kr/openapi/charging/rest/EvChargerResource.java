package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.mapping.EvResponse;
import kr.openapi.charging.service.EvChargerService;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Korea's public EV charger API on its own paths, for holders of an {@code ev-charger} key, in the real API's
 * envelopes: XML by default, JSON with {@code dataType=JSON}.
 */
@RolesAllowed(Callers.KEY_OF + "ev-charger")
@Path("/ev")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class EvChargerResource {

    private final EvChargerService chargers;

    public EvChargerResource(EvChargerService chargers) {
        this.chargers = chargers;
    }

    @GET
    @Path("/getChargerInfo")
    @Operation(summary = "충전기 정보: chargers with their station, operator and status (pageNo, numOfRows up to 9999, zcode, zscode, kind, kindDetail, statId, chgerId)")
    public Uni<Response> info(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("pageNo") String pageNo,
                              @QueryParam("numOfRows") String numOfRows, @QueryParam("zcode") String zcode, @QueryParam("zscode") String zscode,
                              @QueryParam("kind") String kind, @QueryParam("kindDetail") String kindDetail,
                              @QueryParam("statId") String statId, @QueryParam("chgerId") String chgerId) {
        EvChargerService.Query query = EvChargerService.Query.of(pageNo, numOfRows, zcode, zscode, kind, kindDetail, statId, chgerId, null, false);
        return answer(uri, headers, query, false);
    }

    @GET
    @Path("/getChargerStatus")
    @Operation(summary = "충전기 상태: statuses changed in the last `period` minutes (default 5, at most 10), same filters")
    public Uni<Response> status(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("pageNo") String pageNo,
                                @QueryParam("numOfRows") String numOfRows, @QueryParam("zcode") String zcode, @QueryParam("zscode") String zscode,
                                @QueryParam("kind") String kind, @QueryParam("kindDetail") String kindDetail,
                                @QueryParam("statId") String statId, @QueryParam("chgerId") String chgerId, @QueryParam("period") String period) {
        EvChargerService.Query query = EvChargerService.Query.of(pageNo, numOfRows, zcode, zscode, kind, kindDetail, statId, chgerId, period, true);
        return answer(uri, headers, query, true);
    }

    private Uni<Response> answer(UriInfo uri, HttpHeaders headers, EvChargerService.Query query, boolean statusOnly) {
        ResponseFormat format = ResponseFormat.choose(name -> uri.getQueryParameters().getFirst(name),
                headers.getHeaderString(HttpHeaders.ACCEPT), ResponseFormat.XML);
        boolean json = format == ResponseFormat.JSON;
        return chargers.find(query, statusOnly).map(found -> Response.ok(EvResponse.of(json, found.chargers(), found.total(), query.pageNo(),
                query.numOfRows())).type(json ? MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")
                : MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build());
    }
}
