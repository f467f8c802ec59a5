package kr.openapi.common.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.result.ResultEnvelope;

/** The default dialect: the {@code result} envelope, XML unless the caller asked for JSON. */
@DefaultBean
@ApplicationScoped
public class ResultEnvelopeErrorRenderer implements ErrorRenderer {

    @Override
    public Response render(ResultCode code, String detail, HttpHeaders headers) {
        return Response.status(code.httpStatus())
                .type(ResponseFormat.of(headers).mediaType())
                .entity(ResultEnvelope.failure(code, detail))
                .build();
    }
}
