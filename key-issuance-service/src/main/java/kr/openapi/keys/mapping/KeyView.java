package kr.openapi.keys.mapping;

import java.time.LocalDate;
import java.util.List;

/**
 * A key as its owner sees it (seed: API 발급정보): the ServiceKey value, dates, status, quota, today's calls, and
 * when it may be re-issued.
 */
public record KeyView(long id, String serviceKey, String product, String productName, LocalDate issuedOn,
                      LocalDate expiresOn, String status, int dailyQuota, int callsToday, List<String> accessIps,
                      LocalDate reissuableFrom, boolean reissuable) {
}
