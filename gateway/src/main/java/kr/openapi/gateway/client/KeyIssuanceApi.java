package kr.openapi.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** key-issuance-service's internal API, called with the gateway's own token. Used only through {@link KeyIssuanceClient}. */
@RegisterRestClient(configKey = "key-issuance")
@RegisterClientHeaders(GatewayCredentials.class)
@Path("/internal/v1")
interface KeyIssuanceApi {

    @GET
    @Path("/keys")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<KeyFeedPage> keys(@QueryParam("since") String since);

    @POST
    @Path("/usage")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> usage(UsageReport report);
}
