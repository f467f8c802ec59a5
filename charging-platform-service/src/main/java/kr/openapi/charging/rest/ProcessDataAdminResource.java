package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.openapi.charging.mapping.Page;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.ProcessData;
import kr.openapi.charging.service.ProcessDataService;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Platform staff ask an operator for a connector's charging-process data, and read what it pushed. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/charging/operators/{operatorId}/cells/{cellId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessDataAdminResource {

    private final ProcessDataService processData;
    private final JsonWebToken caller;

    public ProcessDataAdminResource(ProcessDataService processData, JsonWebToken caller) {
        this.processData = processData;
        this.caller = caller;
    }

    @POST
    @Path("/process-data-request")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Ask the operator for this connector's process data (a processData callback); 202 with the request's id,"
            + " and whether a callback was queued (false: the operator set no processData address)")
    public Uni<Response> request(@PathParam("operatorId") String operatorId, @PathParam("cellId") String cellId) {
        checkIds(operatorId, cellId);
        return processData.requestByStaff(operatorId, cellId, caller.getName()).map(made -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("requestId", made.requestId());
            body.put("operatorId", made.operatorId());
            body.put("cellId", made.cellId());
            body.put("callbackQueued", made.queued());
            return Response.accepted(body).build();
        });
    }

    @GET
    @Path("/process-data")
    @Operation(summary = "The process data the operator pushed for this connector, newest first")
    public Uni<Page<ProcessData>> samples(@PathParam("operatorId") String operatorId, @PathParam("cellId") String cellId,
                                          @QueryParam("startTime") String startTime, @QueryParam("endTime") String endTime,
                                          @QueryParam("pageNum") String pageNum, @QueryParam("pageSize") String pageSize) {
        checkIds(operatorId, cellId);
        try {
            return processData.page(operatorId, cellId, startTime, endTime, PageRequest.parse(pageNum, pageSize, Page.OPERATOR_PAGING));
        } catch (PlatformFailure e) {
            throw ApiException.invalidParameter(e.getMessage());
        }
    }

    /** Ids as operators declare them (at most 64 characters); a control character (a NUL) is refused before any query. */
    private static void checkIds(String operatorId, String cellId) {
        if (operatorId.length() > 32 || cellId.length() > 64 || (operatorId + cellId).matches("(?s).*\\p{Cntrl}.*")) {
            throw ApiException.invalidParameter("operatorId, cellId: " + (operatorId + "/" + cellId).replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
