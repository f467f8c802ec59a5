package kr.openapi.consent.rest;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.rest.ProtocolPathErrorRenderer;
import kr.openapi.consent.service.PageRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures on the owner's pages are Korean pages, never an XML envelope or a stack trace: a {@link PageRefusal} says
 * what to do, anything else (an unknown path, a failure of ours) gets a short page with the right status. The
 * admin and institutions' APIs keep the {@code result} envelope.
 */
@Singleton
public class ConsentPageFailures extends ProtocolPathErrorRenderer {

    private final ConsentPageRenderer renderer;
    private final CurrentVertxRequest request;

    public ConsentPageFailures(CurrentVertxRequest request, ConsentPageRenderer renderer,
                               @ConfigProperty(name = "openapi.response.default-format", defaultValue = "xml") String defaultFormat) {
        super(request, defaultFormat, ConsentPageRenderer.PATH + "/");
        this.request = request;
        this.renderer = renderer;
    }

    @ServerExceptionMapper
    public Response refused(PageRefusal refusal, HttpHeaders headers) {
        return renderer.refused(refusal.status(), refusal.getMessage(), ConsentPageRenderer.mobile(headers.getHeaderString(HttpHeaders.USER_AGENT)));
    }

    @Override
    protected Response renderProtocol(ResultCode code, String detail) {
        boolean mobile = request.getCurrent() != null && ConsentPageRenderer.mobile(request.getCurrent().request().getHeader("User-Agent"));
        String message = switch (code) {
            case NO_OPENAPI_SERVICE_ERROR -> "페이지를 찾을 수 없습니다.";
            case UNSIGNED_CALL_ERROR, SERVICE_ACCESS_DENIED_ERROR -> "이 화면을 볼 수 있는 권한이 없습니다.";
            case INVALID_REQUEST_PARAMETER_ERROR, NO_MANDATORY_REQUEST_PARAMETERS_ERROR, HTTP_ERROR -> "요청을 처리할 수 없습니다. 기관 사이트에서 다시 시작해 주세요.";
            default -> "일시적인 오류입니다. 잠시 후 다시 시도해 주세요.";
        };
        return renderer.refused(code.httpStatus() >= 500 ? 503 : code.httpStatus(), message, mobile);
    }
}
