package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.mapping.ApplicationView;
import kr.openapi.keys.mapping.ApproveRequest;
import kr.openapi.keys.mapping.KeyView;
import kr.openapi.keys.mapping.RejectRequest;
import kr.openapi.keys.repository.KeyApplication;
import kr.openapi.keys.service.KeyApplicationService;
import kr.openapi.keys.service.ServiceKeyService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin review: pending applications, approve (key issued), reject; suspend, resume or revoke keys. */
@Path("/api/v1/admin")
@RolesAllowed(Callers.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminReviewResource {

    private final KeyApplicationService applications;
    private final ServiceKeyService keys;
    private final CurrentMember current;

    public AdminReviewResource(KeyApplicationService applications, ServiceKeyService keys, CurrentMember current) {
        this.applications = applications;
        this.keys = keys;
        this.current = current;
    }

    @GET
    @Path("/applications")
    @Operation(summary = "Applications in a state (UNDER_REVIEW, APPROVED, REJECTED), or all")
    public Uni<List<ApplicationView>> applications(@QueryParam("status") String status) {
        return applications.forReview(parseStatus(status));
    }

    @POST
    @Path("/applications/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve and issue the key; dailyQuota overrides the product's default")
    public Uni<ApplicationView> approve(@PathParam("id") long id, @Valid ApproveRequest request) {
        return applications.approve(current.id(), id, request == null ? null : request.dailyQuota());
    }

    @POST
    @Path("/applications/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject with a reason")
    public Uni<ApplicationView> reject(@PathParam("id") long id, @Valid @NotNull RejectRequest request) {
        return applications.reject(current.id(), id, request.reason());
    }

    @POST
    @Path("/keys/{id}/{action:suspend|resume|revoke}")
    @Operation(summary = "Suspend (code 21 at the gateway), resume or revoke a key (no body)")
    public Uni<KeyView> change(@PathParam("id") long id, @PathParam("action") String action) {
        return keys.change(current.id(), id, ServiceKeyService.AdminAction.valueOf(action.toUpperCase(Locale.ROOT)));
    }

    private static KeyApplication.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return KeyApplication.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("status는 UNDER_REVIEW, APPROVED, REJECTED 중 하나입니다: " + status);
        }
    }
}
