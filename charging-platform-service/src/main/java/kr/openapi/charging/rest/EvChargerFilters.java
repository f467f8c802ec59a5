package kr.openapi.charging.rest;

import jakarta.ws.rs.QueryParam;
import kr.openapi.charging.service.EvChargerService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and area filters getChargerInfo and getChargerStatus share, as the real API names them; read as text
 * so that the service, not the framework, answers a malformed value in the API's envelope.
 */
public class EvChargerFilters {

    @QueryParam("pageNo")
    @Parameter(description = "페이지 번호 (기본 1)", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    public String pageNo;

    @QueryParam("numOfRows")
    @Parameter(description = "한 페이지 결과 수 (최대 9999, 기본 10)", example = "10",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999"))
    public String numOfRows;

    @QueryParam("zcode")
    @Parameter(description = "시도 코드 (행정구역 코드 앞 2자리, 예: 11 서울, 50 제주)", example = "11", schema = @Schema(minLength = 2, maxLength = 2))
    public String zcode;

    @QueryParam("zscode")
    @Parameter(description = "시군구 코드 (행정구역 코드 앞 5자리)", schema = @Schema(minLength = 5, maxLength = 5))
    public String zscode;

    @QueryParam("kind")
    @Parameter(description = "충전소 구분 코드", schema = @Schema(maxLength = 2))
    public String kind;

    @QueryParam("kindDetail")
    @Parameter(description = "충전소 구분 상세 코드", schema = @Schema(maxLength = 4))
    public String kindDetail;

    @QueryParam("statId")
    @Parameter(description = "충전소 ID", schema = @Schema(minLength = 8, maxLength = 8))
    public String statId;

    @QueryParam("chgerId")
    @Parameter(description = "충전기 ID (충전소 안의 번호)", schema = @Schema(minLength = 2, maxLength = 2))
    public String chgerId;

    EvChargerService.Query query(String period, boolean statusOnly) {
        return EvChargerService.Query.of(pageNo, numOfRows, zcode, zscode, kind, kindDetail, statId, chgerId, period, statusOnly);
    }
}
