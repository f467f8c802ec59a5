package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.mapping.BodyReader;
import kr.openapi.charging.mapping.CallbackBody;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformAnswer;
import kr.openapi.charging.repository.OutboxRepository;
import kr.openapi.charging.service.CallbackRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** 上报回调地址管理 and the safety-warning callback: the addresses the platform calls the operator on. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private final OperatorCalls calls;
    private final BodyReader reader;
    private final CallbackRegistry callbacks;
    private final OutboxRepository outbox;

    public CallbackResource(OperatorCalls calls, BodyReader reader, CallbackRegistry callbacks, OutboxRepository outbox) {
        this.calls = calls;
        this.reader = reader;
        this.callbacks = callbacks;
        this.outbox = outbox;
    }

    @GET
    @Path("/realtime/callback")
    @Operation(summary = "The operator's callback addresses (null where none is set)")
    public Uni<Response> list(@Context HttpHeaders headers, @Context UriInfo uri) {
        return calls.run(headers, uri, "GET", null, callbacks::all);
    }

    @GET
    @Path("/realtime/callback/attempts")
    @Operation(summary = "Every attempt to call this operator back, newest first: attemptId, type, url, at, httpStatus, outcome, durationMs")
    public Uni<Response> attempts(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("pageNum") String pageNum,
                                  @QueryParam("pageSize") String pageSize) {
        return calls.run(headers, uri, "GET", null, operator -> {
            PageRequest page = PageRequest.parse(pageNum, pageSize, Page.OPERATOR_PAGING);
            return Page.of(page, outbox.countAttempts(operator), outbox.attempts(operator, page));
        });
    }

    @PUT
    @Path("/realtime/callback/reportFailure")
    @Operation(summary = "修改上报失败回调地址: where rejected status reports are sent back")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallbackBody.class)))
    public Uni<Response> setReportFailure(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return set(headers, uri, body, "reportFailure");
    }

    @DELETE
    @Path("/realtime/callback/reportFailure")
    @Operation(summary = "删除上报失败回调地址")
    public Uni<Response> deleteReportFailure(@Context HttpHeaders headers, @Context UriInfo uri) {
        return calls.run(headers, uri, "DELETE", null, operator -> callbacks.delete(operator, "reportFailure")
                .replaceWith(PlatformAnswer.DELETED));
    }

    @PUT
    @Path("/realtime/callback/cellStatusQuery")
    @Operation(summary = "修改查询充电口实时数据回调地址: where the platform asks for a silent connector's status")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallbackBody.class)))
    public Uni<Response> setCellStatusQuery(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return set(headers, uri, body, "cellStatusQuery");
    }

    @PUT
    @Path("/realtime/callback/processData")
    @Operation(summary = "修改请求上报充电过程数据地址: where the platform asks for charging-process data")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallbackBody.class)))
    public Uni<Response> setProcessData(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return set(headers, uri, body, "processData");
    }

    @PUT
    @Path("/safety/callback")
    @Operation(summary = "修改安全预警回调地址: where safety warnings are sent")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallbackBody.class)))
    public Uni<Response> setSafety(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return set(headers, uri, body, "safety");
    }

    private Uni<Response> set(HttpHeaders headers, UriInfo uri, byte[] body, String type) {
        return calls.run(headers, uri, "PUT", body, operator -> callbacks.set(operator, type, reader.read(body, CallbackBody.class).url())
                .replaceWith(PlatformAnswer.MODIFIED));
    }
}
