package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.mapping.EvCharger;
import kr.openapi.charging.mapping.EvProvinceStats;
import kr.openapi.charging.mapping.EvResponse;
import kr.openapi.charging.mapping.EvTariff;
import kr.openapi.charging.service.EvChargerService;
import kr.openapi.charging.service.EvSummaryService;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Korea's public EV charger API on its own paths, for holders of an {@code ev-charger} key, in the real API's
 * envelopes: XML by default, JSON with {@code dataType=JSON}.
 */
@RolesAllowed(Callers.KEY_OF + "ev-charger")
@Path("/ev")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class EvChargerResource {

    /** Every answer's envelope, said once; the documented schema is the row ({@code item}). */
    static final String ROWS = "XML (기본): response/header (resultCode, resultMsg, totalCount, pageNo, numOfRows), 행은 "
            + "response/body/items/item. JSON (dataType=JSON): {resultMsg, totalCount, items: {item: [..]}, pageNo, resultCode, "
            + "numOfRows}. 행(item)의 항목";

    private final EvChargerService chargers;
    private final EvSummaryService summaries;

    public EvChargerResource(EvChargerService chargers, EvSummaryService summaries) {
        this.chargers = chargers;
        this.summaries = summaries;
    }

    @GET
    @Path("/getChargerInfo")
    @Operation(summary = "충전기 정보: chargers with their station, operator and status (pageNo, numOfRows up to 9999, zcode, zscode, kind, kindDetail, statId, chgerId)")
    @APIResponse(responseCode = "200", description = ROWS, content = @Content(schema = @Schema(implementation = EvCharger.class, type = SchemaType.ARRAY)))
    public Uni<Response> info(@Context UriInfo uri, @Context HttpHeaders headers, @BeanParam EvChargerFilters filters) {
        return answer(uri, headers, filters.query(null, false), false);
    }

    @GET
    @Path("/getChargerStatus")
    @Operation(summary = "충전기 상태: statuses changed in the last `period` minutes (default 5, at most 10), same filters")
    @APIResponse(responseCode = "200", description = ROWS + " (busiId, statId, chgerId, stat, statUpdDt, lastTsdt, lastTedt, nowTsdt)",
            content = @Content(schema = @Schema(implementation = EvCharger.class, type = SchemaType.ARRAY)))
    public Uni<Response> status(@Context UriInfo uri, @Context HttpHeaders headers, @BeanParam EvChargerFilters filters,
                                @Parameter(description = "상태 변경 조회 기간 (분, 기본 5, 최대 10)", example = "5",
                                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10"))
                                @QueryParam("period") String period) {
        return answer(uri, headers, filters.query(period, true), true);
    }

    @GET
    @Path("/getChargerNearby")
    @Operation(summary = "가까운 충전기: chargers within `radius` metres (up to 10,000) of lat/lng, nearest first, with `distance` in metres")
    @APIResponse(responseCode = "200", description = ROWS + " (with distance, in metres)",
            content = @Content(schema = @Schema(implementation = EvCharger.class, type = SchemaType.ARRAY)))
    public Uni<Response> nearby(@Context UriInfo uri, @Context HttpHeaders headers,
                                @Parameter(description = "위도 (WGS84)", required = true, example = "37.5665",
                                        schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("lat") String lat,
                                @Parameter(description = "경도 (WGS84)", required = true, example = "126.9780",
                                        schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("lng") String lng,
                                @Parameter(description = "반경 (미터, 최대 10000, 기본 1000)", example = "1000",
                                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000")) @QueryParam("radius") String radius,
                                @Parameter(description = "결과 수 (기본 10)", example = "10", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                @QueryParam("numOfRows") String numOfRows) {
        EvChargerService.Point point = EvChargerService.Point.of(lat, lng, radius, numOfRows);
        boolean json = wantsJson(uri, headers);
        return chargers.near(point).map(rows -> respond(json, EvResponse.of(json, rows, rows.size(), 1, point.numOfRows())));
    }

    @GET
    @Path("/getTariffs")
    @Operation(summary = "사업자별 충전요금(회원기준): each operator's prices in KRW/kWh")
    @APIResponse(responseCode = "200", description = ROWS, content = @Content(schema = @Schema(implementation = EvTariff.class, type = SchemaType.ARRAY)))
    public Uni<Response> tariffs(@Context UriInfo uri, @Context HttpHeaders headers) {
        return whole(summaries.tariffs(), wantsJson(uri, headers));
    }

    @GET
    @Path("/getChargerStats")
    @Operation(summary = "시도별 충전서비스 운영 현황: chargers by province, slow and fast, available, charging and out of service (at most a minute old)")
    @APIResponse(responseCode = "200", description = ROWS,
            content = @Content(schema = @Schema(implementation = EvProvinceStats.class, type = SchemaType.ARRAY)))
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
