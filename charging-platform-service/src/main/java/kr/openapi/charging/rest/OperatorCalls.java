package kr.openapi.charging.rest;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import kr.openapi.charging.mapping.PlatformAnswer;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.service.OperatorAuth;
import kr.openapi.common.result.ApiException;
import kr.openapi.charging.service.OperatorAuth.SignedRequest;

/**
 * One operator call from request to answer: the signature is checked against the bytes as they arrived, the work
 * runs as the calling operator, and the outcome is the platform's {@code status/message/data} shape, failures
 * included, with the HTTP status in {@code status}.
 */
@ApplicationScoped
public class OperatorCalls {

    private final OperatorAuth auth;

    public OperatorCalls(OperatorAuth auth) {
        this.auth = auth;
    }

    public Uni<Response> run(HttpHeaders headers, UriInfo uri, String method, byte[] body, Function<String, Uni<?>> work) {
        SignedRequest request = new SignedRequest(headers, method, pathAndQuery(uri), body == null ? new byte[0] : body);
        return answer(Uni.createFrom().deferred(() -> auth.operatorOf(request)).flatMap(work::apply));
    }

    public Uni<Response> token(HttpHeaders headers, UriInfo uri) {
        return answer(Uni.createFrom().deferred(() -> auth.issueToken(new SignedRequest(headers, "GET", pathAndQuery(uri), new byte[0]))));
    }

    private static Uni<Response> answer(Uni<?> outcome) {
        return outcome.map(data -> respond(PlatformAnswer.ok(data)))
                .onFailure(PlatformFailure.class).recoverWithItem(failure -> {
                    PlatformFailure refused = (PlatformFailure) failure;
                    return respond(PlatformAnswer.failure(refused.status(), refused.getMessage()));
                })
                // Shared checks (common's paging) refuse with a standard result code: same shape, same status.
                .onFailure(ApiException.class).recoverWithItem(failure -> {
                    ApiException refused = (ApiException) failure;
                    return respond(PlatformAnswer.failure(refused.httpStatus(),
                            refused.detail() != null ? refused.detail() : refused.resultCode().message()));
                })
                .onFailure().recoverWithItem(failure -> {
                    Log.errorf(failure, "operator call failed");
                    return respond(PlatformAnswer.failure(503, "the platform could not complete the call: retry later"));
                });
    }

    private static Response respond(PlatformAnswer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(answer).build();
    }

    /** The path and query as the operator sent them (the gateway forwards the path it checked). */
    private static String pathAndQuery(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
