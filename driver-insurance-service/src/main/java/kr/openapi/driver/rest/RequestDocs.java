package kr.openapi.driver.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The requests as the seed's tables and samples give them, for the OpenAPI document only (the calls read their bodies
 * liberally: strings or numbers, names in any case). Lengths are in characters; where the seed's table and sample
 * disagree the larger is accepted.
 */
final class RequestDocs {

    private RequestDocs() {
    }

    record TokenRequest(
            @Schema(required = true, maxLength = 36, example = "2ffd133a-d17a-431d-a6a5") String clientKey,
            @Schema(required = true, maxLength = 36, description = "issued by POST /admin/driver/clients/{clientKey}/security") String clientSecurity,
            @Schema(required = true, maxLength = 10, example = "1112255555") String appBizCode,
            @Schema(required = true, maxLength = 20, example = "DB20201222002121BAC") String bizSeqNo,
            @Schema(required = true, maxLength = 14, example = "20201012140123", description = "yyyyMMddHHmmss (or yyyyMMddHHmm)") String reqDate,
            @Schema(required = true, enumeration = {"D1", "D2", "D3", "D4"}) String reqBizCode) {
    }

    record Driver(
            @Schema(required = true, maxLength = 20, example = "홍길동") String driverName,
            @Schema(required = true, maxLength = 7, example = "8805221", description = "birth date yyMMdd and the gender digit") String registerNo,
            @Schema(required = true, maxLength = 11, example = "01022229999") String phone) {
    }

    record BatchRequest(
            @Schema(required = true, maxLength = 36) String clientKey,
            @Schema(required = true, maxLength = 10, example = "1112255555") String bizCode,
            @Schema(required = true, maxLength = 36) String accessToken,
            @Schema(required = true, maxLength = 20) String bizSeqNo,
            @Schema(required = true, maxLength = 4, example = "10", description = "the size of reqList, at most 1000") String reqCount,
            @Schema(required = true, maxLength = 14, example = "20201012140123") String reqDate,
            @Schema(required = true, maxItems = 1000) List<Driver> reqList) {
    }

    record InsDriverRequest(
            @Schema(required = true, maxLength = 36) String clientKey,
            @Schema(required = true, maxLength = 10, example = "1112255555") String bizCode,
            @Schema(maxLength = 200, example = "대리업체명") String bizName,
            @Schema(required = true, maxLength = 36) String accessToken,
            @Schema(required = true, maxLength = 20) String bizSeqNo,
            @Schema(required = true, maxLength = 4, example = "10") String reqCount,
            @Schema(required = true, maxLength = 14, example = "20201012140123") String reqDate,
            @Schema(required = true, maxItems = 1000) List<Driver> reqList) {
    }

    record GetDriverRequest(
            @Schema(required = true, maxLength = 36) String clientKey,
            @Schema(required = true, maxLength = 50, example = "1112255555") String bizCode,
            @Schema(required = true, maxLength = 36) String accessToken,
            @Schema(required = true, maxLength = 20) String bizSeqNo,
            @Schema(required = true, maxLength = 14, example = "20201012140123") String reqDate,
            @Schema(enumeration = {"Y", "C", "A", "M"}, description = "Y consented, C withdrawn, A all, M not consented") String agreeYn,
            @Schema(maxLength = 8, example = "20200901", description = "registration date from (yyyyMMdd)") String fromDate,
            @Schema(maxLength = 8, example = "20200930", description = "registration date to (yyyyMMdd)") String toDate,
            @Schema(maxLength = 20) String driverName,
            @Schema(maxLength = 7, example = "880523", description = "yyMMdd, or with the gender digit") String birthDay,
            @Schema(maxLength = 14) String phone,
            @Schema(enumeration = {"1", "2"}, description = "1 registration date descending, 2 name and birth date ascending") String orderType,
            @Schema(maxLength = 4, description = "page size, at most 1000; blank for all up to 1000") String reqCount,
            @Schema(maxLength = 5, example = "1") String reqPage) {
    }
}
