package kr.openapi.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.openapi.common.result.ResultCode;

/**
 * Renders a failure in the envelope of a service's protocol. The {@code result} envelope is the default
 * ({@link ResultEnvelopeErrorRenderer}); a service whose seed defines another envelope (driver insurance, the
 * charging platform) provides its own bean, and the shared {@link FailureMappers} then speak that dialect.
 */
public interface ErrorRenderer {

    /**
     * @param code    what went wrong, as a standard result code
     * @param detail  what exactly was wrong, for the client developer; may be {@code null}
     * @param headers the request's headers, to choose the format
     */
    Response render(ResultCode code, String detail, HttpHeaders headers);

    /**
     * The same, answered with {@code status} rather than the code's own (a 405, 413 or 415 is code 04, whose own is
     * 400): a dialect that repeats the status in its body overrides this to say the same as the status line.
     */
    default Response render(ResultCode code, String detail, HttpHeaders headers, int status) {
        return Response.fromResponse(render(code, detail, headers)).status(status).build();
    }
}
