package kr.openapi.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.security.Principal;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.security.Callers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into a result code and hands it to the service's {@link ErrorRenderer}: no
 * stack trace and no HTML error page ever reaches a client. Unexpected failures are logged here, once.
 */
public class FailureMappers {

    private static final Set<Class<? extends Annotation>> PRESENCE_CONSTRAINTS =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final ErrorRenderer renderer;

    public FailureMappers(ErrorRenderer renderer) {
        this.renderer = renderer;
    }

    @ServerExceptionMapper
    public Response apiFailure(ApiException e, HttpHeaders headers) {
        Response.ResponseBuilder response = Response.fromResponse(renderer.render(e.resultCode(), e.detail(), headers, e.httpStatus()));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** Bean validation: a missing value is code 11, any other violation code 10; the detail names every field. */
    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, HttpHeaders headers) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        boolean onlyMissing = !violations.isEmpty() && violations.stream()
                .allMatch(v -> PRESENCE_CONSTRAINTS.contains(v.getConstraintDescriptor().getAnnotation().annotationType()));
        String detail = violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> leafName(v) + ": " + v.getMessage())
                .collect(Collectors.joining("; "));
        ResultCode code = onlyMissing
                ? ResultCode.NO_MANDATORY_REQUEST_PARAMETERS_ERROR
                : ResultCode.INVALID_REQUEST_PARAMETER_ERROR;
        return renderer.render(code, detail, headers);
    }

    /**
     * A body that is not well-formed JSON or XML, or whose values do not fit their fields. A failure to write the
     * response is ours, not the caller's: code 01.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response malformedBody(JsonProcessingException e, HttpHeaders headers) {
        if (e instanceof StreamWriteException) {
            return unexpected(e, headers);
        }
        String where = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? " (field " + fieldPath(mismatch) + ")"
                : "";
        return renderer.render(ResultCode.INVALID_REQUEST_PARAMETER_ERROR,
                "요청 본문을 해석할 수 없습니다" + where, headers);
    }

    /** No credential, or one that is invalid, expired or signed by someone else. */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers) {
        Response rendered = renderer.render(ResultCode.UNSIGNED_CALL_ERROR, "인증 정보가 없거나 유효하지 않습니다", headers);
        return Response.fromResponse(rendered).status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /**
     * Authenticated, but not in a role the endpoint allows. A call that came through the gateway on a public route
     * carries the gateway's anonymous token: to the caller that is "not signed in" (401), not "not allowed" (403).
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || Callers.ANONYMOUS.equals(caller.getName())) {
            return unauthenticated(e, headers);
        }
        return renderer.render(ResultCode.SERVICE_ACCESS_DENIED_ERROR, "이 기능을 사용할 권한이 없습니다", headers);
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return renderer.render(ResultCode.NO_OPENAPI_SERVICE_ERROR, null, headers);
        }
        if (status >= 500) {
            return unexpected(e, headers);
        }
        ResultCode code = status == 400 ? ResultCode.INVALID_REQUEST_PARAMETER_ERROR : ResultCode.HTTP_ERROR;
        Response.ResponseBuilder withStatus = Response.fromResponse(renderer.render(code, "HTTP " + status, headers, status));
        if (e instanceof NotAllowedException) {
            withStatus.allow(e.getResponse().getAllowedMethods());
        }
        return withStatus.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (isDatabaseFailure(e)) {
            Log.errorf(e, "Database failure");
            return renderer.render(ResultCode.DB_ERROR, null, headers);
        }
        if (callerClosed(e)) {
            // The caller went away mid-request (an upload cut off): nothing of ours failed, and no one reads the answer.
            Log.debugf("The caller closed the connection: %s", e);
            return renderer.render(ResultCode.APPLICATION_ERROR, null, headers);
        }
        Log.errorf(e, "Unexpected failure");
        return renderer.render(ResultCode.APPLICATION_ERROR, null, headers);
    }

    private static boolean callerClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The reactive PostgreSQL client and Hibernate do not share a base exception; recognise them by origin. */
    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException || name.startsWith("io.vertx.pgclient.") || name.startsWith("io.vertx.sqlclient.")
                    || name.startsWith("org.hibernate.")) {
                return true;
            }
        }
        return false;
    }
}
