package kr.openapi.common.privacy;

/**
 * Masks personal data for logs and for responses that do not need the full value. Each method accepts the
 * usual written forms and never throws: an unrecognised value is masked entirely rather than echoed.
 */
public final class PersonalDataMask {

    private static final String FULLY_MASKED = "****";

    private PersonalDataMask() {
    }

    /** {@code 홍길동 -> 홍*동}, {@code 김철 -> 김*}, {@code 남궁민수 -> 남**수}. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        int hidden = chars.length == 2 ? 1 : chars.length - 2;
        masked.append("*".repeat(hidden));
        if (chars.length > 2) {
            masked.appendCodePoint(chars[chars.length - 1]);
        }
        return masked.toString();
    }

    /** {@code 010-1234-5678} or {@code 01012345678 -> 010-****-5678}; {@code 02-123-4567 -> 02-***-4567}. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 9 || digits.length() > 11) {
            return FULLY_MASKED;
        }
        int areaLength = digits.startsWith("02") ? 2 : 3;
        int middleLength = digits.length() - areaLength - 4;
        return digits.substring(0, areaLength) + "-" + "*".repeat(middleLength) + "-" + digits.substring(digits.length() - 4);
    }

    /**
     * A resident registration number or its 7-digit prefix (birth date + gender digit):
     * {@code 9001011}, {@code 900101-1} or {@code 900101-1234567 -> 900101-1******}.
     */
    public static String residentNumber(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() != 7 && digits.length() != 13) {
            return FULLY_MASKED;
        }
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    /** A vehicle registration plate keeps only its last four digits: {@code 12가3456 -> ***3456}. */
    public static String plate(String plate) {
        if (plate == null || plate.isBlank()) {
            return plate;
        }
        String compact = plate.replaceAll("\\s", "");
        if (compact.length() <= 4) {
            return FULLY_MASKED;
        }
        return "***" + compact.substring(compact.length() - 4);
    }
}
