package kr.openapi.driver.mapping;

/**
 * The protocol's {@code resBizCode} table. The seed shows only {@code 0000}; the rest is ours, grouped by the first
 * digit: 1 the request as a whole (nothing was done), 2 one row of a batch (the others proceed). The gateway's own
 * refusals (key, IP, quota) are {@code G0} and its two-digit code ({@code ResultCode.asFourCharacterCode}).
 */
public enum BizCode {
    OK("0000", "정상처리"),

    MALFORMED_REQUEST("1000", "요청 본문이 JSON이 아닙니다"),
    MISSING_FIELD("1001", "필수 항목이 없습니다"),
    FIELD_TOO_LONG("1002", "항목의 길이가 허용된 길이를 넘습니다"),
    INVALID_FIELD("1003", "항목의 형식이 올바르지 않습니다"),
    INVALID_DATE("1004", "날짜가 올바르지 않습니다"),
    COUNT_MISMATCH("1005", "요청건수(reqCount)가 목록의 건수와 다릅니다"),
    BATCH_TOO_LARGE("1006", "요청건수는 최대 1,000건입니다"),
    CLIENT_NOT_AUTHENTICATED("1101", "clientKey, clientSecurity 또는 appBizCode가 올바르지 않습니다"),
    TOKEN_UNKNOWN("1201", "발급되지 않은 토큰입니다"),
    TOKEN_USED("1202", "이미 사용된 토큰입니다"),
    TOKEN_EXPIRED("1203", "유효시간(6시간)이 지난 토큰입니다"),
    TOKEN_OTHER_BUSINESS("1204", "다른 업무(reqBizCode)용으로 발급된 토큰입니다"),
    TOKEN_OTHER_CLIENT("1205", "다른 clientKey에 발급된 토큰입니다"),
    BIZ_SEQ_NO_REUSED("1301", "이미 다른 요청에 사용된 거래고유번호(bizSeqNo)입니다"),

    ROW_MISSING_FIELD("2001", "대리기사 항목이 없습니다"),
    ROW_INVALID_FIELD("2002", "대리기사 항목의 길이 또는 형식이 올바르지 않습니다"),
    ALREADY_REGISTERED("2101", "이미 등록된 대리기사입니다"),
    NOT_REGISTERED("2102", "등록되지 않은 대리기사입니다"),
    NOT_CONSENTED("2103", "개인정보 제공에 동의하지 않은 대리기사입니다"),

    SYSTEM_ERROR("9999", "시스템 오류입니다");

    private final String code;
    private final String message;

    BizCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The message with what exactly was wrong, within the protocol's AN(100). */
    public String message(String detail) {
        String full = detail == null || detail.isBlank() ? message : message + ": " + detail;
        return full.length() > 100 ? full.substring(0, 100) : full;
    }
}
