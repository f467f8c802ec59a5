package kr.openapi.driver.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.openapi.common.security.Callers;
import kr.openapi.driver.mapping.FeedCounts;
import kr.openapi.driver.mapping.PolicyRecord;
import kr.openapi.driver.service.PolicyFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The insurer feed, loaded by the institute's staff. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/driver/policies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PolicyAdminResource {

    private final PolicyFeed feed;

    public PolicyAdminResource(PolicyFeed feed) {
        this.feed = feed;
    }

    @POST
    @Operation(summary = "Upsert policies by insuranceNo (a JSON array); a file with an invalid record is refused whole")
    public Uni<FeedCounts> upload(List<PolicyRecord> records) {
        return feed.upload(records);
    }
}
