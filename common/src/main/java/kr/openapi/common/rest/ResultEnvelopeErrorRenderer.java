package kr.openapi.common.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.result.ResultEnvelope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default dialect: the {@code result} envelope, in the format {@link ResponseFormat} chooses; when the caller
 * names none, the service's own default ({@code openapi.response.default-format}: XML, JSON for the portal's API).
 */
@DefaultBean
@ApplicationScoped
public class ResultEnvelopeErrorRenderer implements ErrorRenderer {

    private final ResponseFormat defaultFormat;

    public ResultEnvelopeErrorRenderer(@ConfigProperty(name = "openapi.response.default-format", defaultValue = "xml")
                                       String defaultFormat) {
        this.defaultFormat = ResponseFormat.fromParameter(defaultFormat)
                .orElseThrow(() -> new IllegalArgumentException("openapi.response.default-format is xml or json: " + defaultFormat));
    }

    @Override
    public Response render(ResultCode code, String detail, HttpHeaders headers) {
        return Response.status(code.httpStatus())
                .type(ResponseFormat.of(headers, defaultFormat).mediaType())
                .entity(ResultEnvelope.failure(code, detail))
                .build();
    }
}
