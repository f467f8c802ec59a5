package kr.openapi.common.rest;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.openapi.common.result.ResultCode;

/**
 * An {@link ErrorRenderer} for a service that speaks its own protocol under one path prefix (driver insurance's
 * {@code /driver/v1/}, the charging platform's {@code /platform/}) and the {@code result} envelope elsewhere (its
 * admin API): the shared mappers' failures on the protocol's paths are answered in the protocol's form.
 */
public abstract class ProtocolPathErrorRenderer implements ErrorRenderer {

    private final CurrentVertxRequest request;
    private final ResultEnvelopeErrorRenderer envelope;
    private final String pathPrefix;

    protected ProtocolPathErrorRenderer(CurrentVertxRequest request, String defaultFormat, String pathPrefix) {
        this.request = request;
        this.envelope = new ResultEnvelopeErrorRenderer(defaultFormat);
        this.pathPrefix = pathPrefix;
    }

    @Override
    public final Response render(ResultCode code, String detail, HttpHeaders headers) {
        String path = currentPath();
        return path.startsWith(pathPrefix) ? renderProtocol(code, detail) : renderElsewhere(path, code, detail, headers);
    }

    @Override
    public final Response render(ResultCode code, String detail, HttpHeaders headers, int status) {
        String path = currentPath();
        return path.startsWith(pathPrefix) ? renderProtocol(code, detail, status)
                : Response.fromResponse(renderElsewhere(path, code, detail, headers)).status(status).build();
    }

    private String currentPath() {
        return request.getCurrent() == null ? "" : request.getCurrent().normalizedPath();
    }

    /** A failure outside the protocol's paths: the {@code result} envelope, unless a service has another path's form. */
    protected Response renderElsewhere(String path, ResultCode code, String detail, HttpHeaders headers) {
        return envelope.render(code, detail, headers);
    }

    /** The failure in the protocol's form; a failure of ours (5xx) is best answered 503, "try again". */
    protected abstract Response renderProtocol(ResultCode code, String detail);

    /** The failure in the protocol's form, answered with {@code status}; override where the body repeats it. */
    protected Response renderProtocol(ResultCode code, String detail, int status) {
        return Response.fromResponse(renderProtocol(code, detail)).status(status).build();
    }
}
