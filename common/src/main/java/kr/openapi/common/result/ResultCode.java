package kr.openapi.common.result;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public data portal's standard result codes, shared by the gateway and every service that speaks the
 * {@code result} envelope.
 *
 * <p>Source: the Gov24 guide, section II.1 ({@code shared/seeds/gov24-public-service-openapi-guide.ko.txt}); see
 * {@code shared/specs/common-result-codes.md}. The enum constant names are the names data.go.kr clients know; the
 * messages are the seed's Korean texts byte for byte; the HTTP status is the one the spec pairs with each code
 * (the body code stays authoritative).
 */
public enum ResultCode {
    NORMAL_SERVICE("00", "정상입니다.", 200),
    APPLICATION_ERROR("01", "어플리케이션 에러입니다.", 500),
    DB_ERROR("02", "데이터베이스 에러입니다.", 500),
    NODATA_ERROR("03", "데이터없음 에러입니다.", 404),
    HTTP_ERROR("04", "HTTP 에러입니다.", 400),
    SERVICETIME_OUT("05", "서비스 연결실패 에러입니다.", 502),
    INVALID_REQUEST_PARAMETER_ERROR("10", "잘못된 요청 파라미터 에러입니다.", 400),
    NO_MANDATORY_REQUEST_PARAMETERS_ERROR("11", "필수요청 파라미터가 없습니다.", 400),
    NO_OPENAPI_SERVICE_ERROR("12", "해당 오픈API서비스가 없거나 폐기되었습니다.", 404),
    SERVICE_ACCESS_DENIED_ERROR("20", "서비스 접근거부입니다.", 403),
    TEMPORARILY_DISABLE_THE_SERVICEKEY_ERROR("21", "일시적으로 사용할 수 없는 서비스 키입니다.", 403),
    LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR("22", "서비스 요청제한횟수 초과에러(일별 요청한도 등)입니다.", 429),
    SERVICE_KEY_IS_NOT_REGISTERED_ERROR("30", "등록되지 않은 서비스키입니다.", 401),
    DEADLINE_HAS_EXPIRED_ERROR("31", "기한만료된 서비스키입니다.", 401),
    UNREGISTERED_IP_ERROR("32", "등록되지 않은 IP주소입니다.", 403),
    UNSIGNED_CALL_ERROR("33", "서명되지 않은 호출입니다.", 403),
    UNKNOWN_ERROR("99", "기타 에러입니다.", 500);

    private static final Map<String, ResultCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ResultCode::code, Function.identity()));

    private final String code;
    private final String message;
    private final int httpStatus;

    ResultCode(String code, String message, int httpStatus) {
        this.code = code;
        this.message = message;
        this.httpStatus = httpStatus;
    }

    /** Two-digit code as it appears on the wire ({@code "00"}, {@code "30"}). */
    public String code() {
        return code;
    }

    /** The seed's Korean message for this code. */
    public String message() {
        return message;
    }

    /** HTTP status that accompanies the code. */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The code in four characters, for protocols whose codes are four long (driver insurance's {@code resBizCode}):
     * {@code G0} and the two digits, so {@code G030} is an unregistered key. A client tells the gateway's answers from
     * the service's own by the leading {@code G}.
     */
    public String asFourCharacterCode() {
        return "G0" + code;
    }

    public boolean isSuccess() {
        return this == NORMAL_SERVICE;
    }

    public static Optional<ResultCode> fromCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
