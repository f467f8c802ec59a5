package kr.openapi.keys.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.openapi.common.net.IpRange;
import kr.openapi.common.result.ApiException;

/** The access IPs of an application or key: stored as canonical ranges joined by commas. */
public final class AccessIpList {

    public static final int MAX_ENTRIES = 20;

    private AccessIpList() {
    }

    /** Validates and canonicalises; refuses with code 10 and the reason for the first bad entry. */
    public static String normalise(List<String> entries) {
        if (entries == null || entries.stream().allMatch(e -> e == null || e.isBlank())) {
            throw ApiException.missingParameter("accessIps");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw ApiException.invalidParameter("접근 IP는 " + MAX_ENTRIES + "개까지 등록할 수 있습니다");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            try {
                canonical.add(IpRange.parse(entry).toString());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter("accessIps: " + e.getMessage());
            }
        }
        return String.join(",", canonical);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(stored.split(",")));
    }
}
