package kr.openapi.common.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure that carries a standard result code; the protocol's exception mapper renders it in the caller's
 * envelope. {@code detail} says what was wrong in words a client developer can act on; it never contains personal
 * data.
 */
public class ApiException extends RuntimeException {

    private final ResultCode resultCode;
    private final String detail;
    private final int httpStatus;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(ResultCode resultCode, String detail) {
        this(resultCode, detail, resultCode.httpStatus());
    }

    /** For the few places where the protocol pairs a code with another HTTP status (a failed log-in is 401). */
    public ApiException(ResultCode resultCode, String detail, int httpStatus) {
        super(resultCode.code() + " " + resultCode.name() + (detail == null ? "" : ": " + detail), null, false, false);
        this.resultCode = resultCode;
        this.detail = detail;
        this.httpStatus = httpStatus;
    }

    public ApiException(ResultCode resultCode) {
        this(resultCode, null);
    }

    public ResultCode resultCode() {
        return resultCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Response headers the failure calls for, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** What was wrong, or {@code null} when the code says it all. */
    public String detail() {
        return detail;
    }

    public static ApiException invalidParameter(String detail) {
        return new ApiException(ResultCode.INVALID_REQUEST_PARAMETER_ERROR, detail);
    }

    public static ApiException missingParameter(String name) {
        return new ApiException(ResultCode.NO_MANDATORY_REQUEST_PARAMETERS_ERROR, "필수 파라미터 누락: " + name);
    }

    public static ApiException noData(String detail) {
        return new ApiException(ResultCode.NODATA_ERROR, detail);
    }
}
