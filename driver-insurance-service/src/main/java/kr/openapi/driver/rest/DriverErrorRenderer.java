package kr.openapi.driver.rest;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import kr.openapi.common.rest.ProtocolPathErrorRenderer;
import kr.openapi.common.result.ResultCode;
import kr.openapi.driver.mapping.BizCode;
import kr.openapi.driver.mapping.Failure;
import kr.openapi.driver.mapping.ProtocolTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failures the shared mappers catch (no or wrong internal token, unknown path, wrong method, a bug) on the
 * protocol's paths are answered in the protocol's JSON: {@code resBizCode} is {@code G0} and the standard code (as
 * the gateway answers its own refusals), {@code 9999} for a failure of ours. The admin API keeps the result envelope.
 */
// A singleton, not a proxied application-scoped bean: the shared render method is final.
@Singleton
public class DriverErrorRenderer extends ProtocolPathErrorRenderer {

    private static final Map<ResultCode, BizCode> OURS = Map.of(ResultCode.APPLICATION_ERROR, BizCode.SYSTEM_ERROR,
            ResultCode.DB_ERROR, BizCode.SYSTEM_ERROR, ResultCode.UNKNOWN_ERROR, BizCode.SYSTEM_ERROR);

    public DriverErrorRenderer(CurrentVertxRequest request,
                               @ConfigProperty(name = "openapi.response.default-format", defaultValue = "xml") String defaultFormat) {
        super(request, defaultFormat, "/driver/v1/");
    }

    @Override
    protected Response renderProtocol(ResultCode code, String detail) {
        BizCode ours = OURS.get(code);
        Failure failure = ours != null
                ? Failure.of(null, ProtocolTime.format(Instant.now()), ours, null)
                : new Failure(null, ProtocolTime.format(Instant.now()), code.asFourCharacterCode(), truncated(code.message(), detail));
        return Response.status(code.httpStatus() >= 500 ? 503 : code.httpStatus()).type(DriverProtocolResource.JSON_UTF8)
                .entity(failure).build();
    }

    private static String truncated(String message, String detail) {
        String full = detail == null ? message : message + " " + detail;
        return full.length() > 100 ? full.substring(0, 100) : full;
    }
}
