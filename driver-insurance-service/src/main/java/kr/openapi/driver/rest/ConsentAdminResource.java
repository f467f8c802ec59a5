package kr.openapi.driver.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import kr.openapi.driver.mapping.ConsentRequest;
import kr.openapi.driver.mapping.ConsentStatus;
import kr.openapi.driver.service.ConsentService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Drivers' consent requests and their personal links (texted to drivers in production; listed here). */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/driver/consent-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentAdminResource {

    private static final int MAX_ITEMS = 1000;

    private final ConsentService consents;

    public ConsentAdminResource(ConsentService consents) {
        this.consents = consents;
    }

    @GET
    @Operation(summary = "Consent requests of a driving company (bizCode), by status PENDING, AGREED or WITHDRAWN (newest first)")
    public Uni<Map<String, List<ConsentRequest>>> list(@QueryParam("bizCode") String bizCode, @QueryParam("status") String status) {
        ConsentStatus wanted = status == null || status.isBlank() ? null : ConsentStatus.parse(status)
                .orElseThrow(() -> ApiException.invalidParameter("status는 PENDING, AGREED 또는 WITHDRAWN입니다"));
        if (bizCode != null && !bizCode.isBlank() && !bizCode.matches("[0-9]{10}")) {
            throw ApiException.invalidParameter("bizCode는 사업자등록번호 10자리입니다");
        }
        return consents.requests(bizCode == null || bizCode.isBlank() ? null : bizCode, wanted, MAX_ITEMS)
                .map(items -> Map.of("items", items));
    }
}
