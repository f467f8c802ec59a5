package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One operator's prices as getTariffs writes them (strings, KRW/kWh; {@code updDt} yyyyMMddHHmmss). */
@JsonPropertyOrder({"busiId", "busiNm", "slowMemberPrice", "fastMemberPrice", "slowNonMemberPrice", "fastNonMemberPrice", "updDt"})
public record EvTariff(String busiId, String busiNm, String slowMemberPrice, String fastMemberPrice, String slowNonMemberPrice,
                       String fastNonMemberPrice, String updDt) {
}
