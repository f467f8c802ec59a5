package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.service.SafetyMonitor;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 安全预警管理: the operator's safety warnings. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/safety/warnings")
@Produces(MediaType.APPLICATION_JSON)
public class SafetyResource {

    private final OperatorCalls calls;
    private final SafetyMonitor safety;

    public SafetyResource(OperatorCalls calls, SafetyMonitor safety) {
        this.calls = calls;
        this.safety = safety;
    }

    @GET
    @Operation(summary = "Warnings raised in [startTime, endTime), of a level (NOTICE, WARNING, CRITICAL), newest first")
    public Uni<Response> page(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("startTime") String startTime,
                              @QueryParam("endTime") String endTime, @QueryParam("level") String level, @QueryParam("pageNum") String pageNum,
                              @QueryParam("pageSize") String pageSize) {
        return calls.run(headers, uri, "GET", null, operator -> safety.page(operator, startTime, endTime, level,
                PageRequest.parse(pageNum, pageSize, Page.OPERATOR_PAGING)));
    }
}
