package kr.openapi.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import kr.openapi.gateway.mapping.QuotaUsage;
import kr.openapi.gateway.service.QuotaCounterService;
import kr.openapi.gateway.service.quota.QuotaDay;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The gateway's own admin API (portal admins): a key's call count for a day (today in Korea unless {@code day} is given). */
@Path("/admin/gateway/quotas/{keyId}")
@RolesAllowed(Callers.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class QuotaAdminResource {

    private final QuotaCounterService counters;

    public QuotaAdminResource(QuotaCounterService counters) {
        this.counters = counters;
    }

    public record CallsCorrection(@Min(0) @Max(Integer.MAX_VALUE) int calls) {
    }

    @GET
    @Operation(summary = "Calls counted for a key on a day")
    public Uni<QuotaUsage> usage(@PathParam("keyId") String keyId, @QueryParam("day") String day) {
        return counters.usage(keyId, parseDay(day));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the calls counted for a key on a day")
    public Uni<QuotaUsage> correct(@PathParam("keyId") String keyId, @QueryParam("day") String day,
                                   @Valid @NotNull CallsCorrection correction) {
        return counters.set(keyId, parseDay(day), correction.calls());
    }

    private static LocalDate parseDay(String day) {
        if (day == null || day.isBlank()) {
            return QuotaDay.today(Clock.systemUTC());
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter("day는 yyyy-MM-dd 형식이어야 합니다: " + day);
        }
    }
}
