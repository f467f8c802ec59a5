package kr.openapi.charging.mapping;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Chargers of one province ("시도별 충전서비스 운영 현황"): slow and fast (DC at 50 kW or more) and how many are
 * available, charging, or out of service (no communication, fault, maintenance, never reported).
 */
@JsonPropertyOrder({"zcode", "zcodeNm", "slow", "fast", "total", "available", "charging", "outOfService"})
public record EvProvinceStats(String zcode, String zcodeNm, long slow, long fast, long total, long available, long charging, long outOfService) {
}
