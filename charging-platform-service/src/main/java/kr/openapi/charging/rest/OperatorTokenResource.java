package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 获取运营商operator token: signed with the operator's secret over Datetime and OperatorId; valid 7,200 s. */
@RolesAllowed(OperatorKeyHolders.OPERATORS)
@Path("/platform/management/operatorAPIToken")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorTokenResource {

    private final OperatorCalls calls;

    public OperatorTokenResource(OperatorCalls calls) {
        this.calls = calls;
    }

    @GET
    @Operation(summary = "Get a token: headers Datetime, OperatorId, Signature = base64(HMAC-SHA256(secret, \"datetime: ..\\noperatorid: ..\"))")
    public Uni<Response> token(@Context HttpHeaders headers, @Context UriInfo uri) {
        return calls.token(headers, uri);
    }
}
