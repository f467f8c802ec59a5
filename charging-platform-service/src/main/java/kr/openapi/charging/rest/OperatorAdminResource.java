package kr.openapi.charging.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.service.CallbackRegistry;
import kr.openapi.common.result.ApiException;
import kr.openapi.charging.service.SignatureScheme;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kr.openapi.charging.mapping.NewOperator;
import kr.openapi.charging.mapping.OperatorView;
import kr.openapi.charging.service.OperatorService;
import kr.openapi.common.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Platform staff onboard the charge-point operators ("Read me first: operator onboarding"). */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/charging/operators")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAdminResource {

    private final OperatorService operators;
    private final CallbackRegistry callbacks;

    public OperatorAdminResource(OperatorService operators, CallbackRegistry callbacks) {
        this.operators = operators;
        this.callbacks = callbacks;
    }

    @POST
    @Operation(summary = "Onboard an operator")
    public Uni<Response> onboard(@Valid @NotNull NewOperator request) {
        return operators.onboard(request).map(saved -> Response
                .created(URI.create("/admin/charging/operators/" + saved.operatorId))
                .entity(OperatorView.of(saved)).build());
    }

    @POST
    @Path("/{operatorId}/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Issue (or rotate) the operator's HMAC secret: shown once, stored encrypted; the old one stops working")
    public Uni<Map<String, String>> rotateSecret(@PathParam("operatorId") String operatorId) {
        return operators.rotateSecret(operatorId).map(secret -> Map.of("operatorSecret", secret));
    }

    @PUT
    @Path("/{operatorId}/signature-mode")
    @Operation(summary = "SEED (the seed's string) or STRICT (adds method, path and a digest of the body: replays cannot change the body)")
    public Uni<Map<String, String>> signatureMode(@PathParam("operatorId") String operatorId, @NotNull SignatureModeChange change) {
        SignatureScheme.Mode mode;
        try {
            mode = SignatureScheme.Mode.valueOf(String.valueOf(change.signatureMode()));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("signatureMode는 SEED 또는 STRICT입니다");
        }
        return operators.useSignatureMode(operatorId, mode).replaceWith(Map.of("signatureMode", mode.name()));
    }

    @PUT
    @Path("/{operatorId}/callback-allowlist")
    @Operation(summary = "Ranges (CIDR) this operator's callbacks may reach although they are not public, e.g. its own private network")
    public Uni<Map<String, List<String>>> callbackAllowlist(@PathParam("operatorId") String operatorId, @NotNull CallbackAllowlist body) {
        return callbacks.allow(operatorId, body.cidrs()).map(cidrs -> Map.of("cidrs", cidrs));
    }

    /** The body of a callback allowlist change. */
    public record CallbackAllowlist(List<String> cidrs) {
    }

    /** The body of a signature-mode change. */
    public record SignatureModeChange(String signatureMode) {
    }

    @GET
    @Path("/{operatorId}")
    @Operation(summary = "One operator")
    public Uni<OperatorView> get(@PathParam("operatorId") String operatorId) {
        return operators.get(operatorId).map(OperatorView::of);
    }
}
