package kr.openapi.charging.rest;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.openapi.charging.mapping.EvResponse;
import kr.openapi.charging.mapping.PlatformAnswer;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.rest.ProtocolPathErrorRenderer;
import kr.openapi.common.result.ResultCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failures the shared mappers catch on the operator API's paths (no or wrong internal token, unknown path, wrong
 * method) are answered in the platform's {@code status/message/data} shape, as the gateway answers its own; on the
 * public EV API's paths ({@code /ev/}) in that API's own {@code response/header} (a wrong parameter is code 10 where
 * its clients read every answer's code); the admin API keeps the result envelope.
 */
// A singleton, not a proxied application-scoped bean: the shared render method is final.
@Singleton
public class PlatformErrorRenderer extends ProtocolPathErrorRenderer {

    public PlatformErrorRenderer(CurrentVertxRequest request,
                                 @ConfigProperty(name = "openapi.response.default-format", defaultValue = "xml") String defaultFormat) {
        super(request, defaultFormat, "/platform/");
    }

    @Override
    protected Response renderElsewhere(String path, ResultCode code, String detail, HttpHeaders headers) {
        if (!path.startsWith("/ev/")) {
            return super.renderElsewhere(path, code, detail, headers);
        }
        boolean json = ResponseFormat.of(headers) == ResponseFormat.JSON;
        return Response.fromResponse(EvChargerResource.respond(json, EvResponse.failure(json, code.code(), code.name(), detail)))
                .status(code.httpStatus()).build();
    }

    @Override
    protected Response renderProtocol(ResultCode code, String detail) {
        return renderProtocol(code, detail, code.httpStatus());
    }

    /** The body's {@code status} is the status line's, as the seed's answers have it. */
    @Override
    protected Response renderProtocol(ResultCode code, String detail, int httpStatus) {
        int status = httpStatus >= 500 ? 503 : httpStatus;
        String message = code.name() + "(" + code.code() + "): " + code.message() + (detail == null ? "" : " " + detail);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(PlatformAnswer.failure(status, message)).build();
    }
}
