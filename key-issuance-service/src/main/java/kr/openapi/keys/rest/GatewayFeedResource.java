package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.mapping.KeyFeed;
import kr.openapi.keys.mapping.UsageReport;
import kr.openapi.keys.service.KeyFeedService;
import kr.openapi.keys.service.UsageService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the gateway reads and reports, never routed from outside: the key feed and daily usage. Only a token in the
 * {@code gateway} group may call these.
 */
@Path("/internal/v1")
@RolesAllowed(Callers.GATEWAY)
@Produces(MediaType.APPLICATION_JSON)
public class GatewayFeedResource {

    private final KeyFeedService feed;
    private final UsageService usage;

    public GatewayFeedResource(KeyFeedService feed, UsageService usage) {
        this.feed = feed;
        this.usage = usage;
    }

    @GET
    @Path("/keys")
    @Operation(summary = "Key records changed since a cursor; every key without one")
    public Uni<KeyFeed> keys(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        return feed.since(parse(since, "since", 0, Long.MAX_VALUE, 0), (int) parse(limit, "limit", 1, KeyFeedService.DEFAULT_PAGE,
                KeyFeedService.DEFAULT_PAGE));
    }

    @POST
    @Path("/usage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report each key's calls so far on a day (totals; the larger value is kept)")
    public Uni<Stored> usage(@Valid @NotNull UsageReport report) {
        return usage.record(report).map(Stored::new);
    }

    public record Stored(int stored) {
    }

    private static long parse(String value, String name, long min, long max, long whenAbsent) {
        if (value == null || value.isBlank()) {
            return whenAbsent;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || parsed > max) {
                throw ApiException.invalidParameter(name + "는 " + min + "~" + max + " 사이여야 합니다: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name + "는 숫자여야 합니다: " + value);
        }
    }
}
