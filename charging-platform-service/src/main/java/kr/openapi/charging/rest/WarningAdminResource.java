package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.charging.mapping.Page;
import kr.openapi.common.paging.PageRequest;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.SafetyWarning;
import kr.openapi.charging.service.SafetyMonitor;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Every operator's safety warnings, for platform staff. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/charging/warnings")
@Produces(MediaType.APPLICATION_JSON)
public class WarningAdminResource {

    private final SafetyMonitor safety;

    public WarningAdminResource(SafetyMonitor safety) {
        this.safety = safety;
    }

    @GET
    @Operation(summary = "Warnings of all operators (or one: operatorId), newest first")
    public Uni<Page<SafetyWarning>> page(@QueryParam("operatorId") String operatorId, @QueryParam("startTime") String startTime,
                                         @QueryParam("endTime") String endTime, @QueryParam("level") String level,
                                         @QueryParam("pageNum") String pageNum, @QueryParam("pageSize") String pageSize) {
        if (operatorId != null && !operatorId.isBlank() && !operatorId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ApiException.invalidParameter("operatorId: " + operatorId.replaceAll("\\p{Cntrl}", "?"));
        }
        try {
            return safety.page(operatorId == null || operatorId.isBlank() ? null : operatorId, startTime, endTime, level,
                    PageRequest.parse(pageNum, pageSize, Page.OPERATOR_PAGING));
        } catch (PlatformFailure e) {
            throw ApiException.invalidParameter(e.getMessage());
        }
    }
}
