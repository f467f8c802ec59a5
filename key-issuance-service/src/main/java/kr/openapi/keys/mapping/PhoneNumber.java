package kr.openapi.keys.mapping;

import kr.openapi.common.result.ApiException;

/** Korean phone numbers as the form sends them: one field, or three parts (010 / 1234 / 5678). */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** {@code 01012345678}, {@code 010-1234-5678} or the parts -> {@code 010-1234-5678}; anything else is code 10 or 11. */
    public static String normalise(String whole, String part1, String part2, String part3) {
        String digits;
        if (whole != null && !whole.isBlank()) {
            digits = whole.replaceAll("[\\s-]", "");
        } else if (part1 != null && part2 != null && part3 != null) {
            digits = (part1 + part2 + part3).replaceAll("\\s", "");
        } else {
            throw ApiException.missingParameter("phone");
        }
        if (!digits.matches("0[0-9]{8,10}")) {
            throw ApiException.invalidParameter("phone: 전화번호 형식이 아닙니다 (예: 010-1234-5678)");
        }
        int areaLength = digits.startsWith("02") ? 2 : 3;
        int middleEnd = digits.length() - 4;
        return digits.substring(0, areaLength) + "-" + digits.substring(areaLength, middleEnd) + "-" + digits.substring(middleEnd);
    }
}
