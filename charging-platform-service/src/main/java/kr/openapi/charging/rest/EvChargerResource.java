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
import kr.openapi.charging.service.EvSummaryService;
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
    private final EvSummaryService summaries;

    public EvChargerResource(EvChargerService chargers, EvSummaryService summaries) {
        this.chargers = chargers;
        this.summaries = summaries;
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

    @GET
    @Path("/getChargerNearby")
    @Operation(summary = "가까운 충전기: chargers within `radius` metres (up to 10,000) of lat/lng, nearest first, with `distance` in metres")
    public Uni<Response> nearby(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("lat") String lat,
                                @QueryParam("lng") String lng, @QueryParam("radius") String radius, @QueryParam("numOfRows") String numOfRows) {
        EvChargerService.Point point = EvChargerService.Point.of(lat, lng, radius, numOfRows);
        boolean json = wantsJson(uri, headers);
        return chargers.near(point).map(rows -> respond(json, EvResponse.of(json, rows, rows.size(), 1, point.numOfRows())));
    }

    @GET
    @Path("/getTariffs")
    @Operation(summary = "사업자별 충전요금(회원기준): each operator's prices in KRW/kWh")
    public Uni<Response> tariffs(@Context UriInfo uri, @Context HttpHeaders headers) {
        return whole(summaries.tariffs(), wantsJson(uri, headers));
    }

    @GET
    @Path("/getChargerStats")
    @Operation(summary = "시도별 충전서비스 운영 현황: chargers by province, slow and fast, available, charging and out of service (at most a minute old)")
    public Uni<Response> stats(@Context UriInfo uri, @Context HttpHeaders headers) {
        return whole(summaries.provinceStats(), wantsJson(uri, headers));
    }

    /** A list answered whole, as one page. */
    static Uni<Response> whole(Uni<? extends java.util.List<?>> rows, boolean json) {
        return rows.map(list -> respond(json, EvResponse.of(json, list, list.size(), 1, Math.max(list.size(), 1))));
    }

    private Uni<Response> answer(UriInfo uri, HttpHeaders headers, EvChargerService.Query query, boolean statusOnly) {
        boolean json = wantsJson(uri, headers);
        return chargers.find(query, statusOnly).map(found -> respond(json, EvResponse.of(json, found.chargers(), found.total(), query.pageNo(),
                query.numOfRows())));
    }

    static boolean wantsJson(UriInfo uri, HttpHeaders headers) {
        return ResponseFormat.choose(name -> uri.getQueryParameters().getFirst(name), headers.getHeaderString(HttpHeaders.ACCEPT),
                ResponseFormat.XML) == ResponseFormat.JSON;
    }

    static Response respond(boolean json, Object body) {
        return Response.ok(body).type(json ? MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")
                : MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }
}
