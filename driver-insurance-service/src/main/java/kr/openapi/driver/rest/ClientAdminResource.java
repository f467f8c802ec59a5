package kr.openapi.driver.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kr.openapi.common.security.Callers;
import kr.openapi.driver.mapping.ClientSecurity;
import kr.openapi.driver.mapping.ClientView;
import kr.openapi.driver.mapping.NewClient;
import kr.openapi.driver.service.ClientService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The institute onboards driving-service companies and issues their clientKey. */
@RolesAllowed(Callers.ADMIN)
@Path("/admin/driver/clients")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClientAdminResource {

    private final ClientService clients;

    public ClientAdminResource(ClientService clients) {
        this.clients = clients;
    }

    @POST
    @Operation(summary = "Onboard a company and issue its clientKey")
    public Uni<Response> onboard(@Valid @NotNull NewClient request) {
        return clients.onboard(request).map(saved -> Response
                .created(URI.create("/admin/driver/clients/" + saved.clientKey))
                .entity(ClientView.of(saved)).build());
    }

    @POST
    @Path("/{clientKey}/security")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Issue (or rotate) the company's clientSecurity: shown once, stored hashed; the old one stops working")
    public Uni<ClientSecurity> rotateSecurity(@PathParam("clientKey") String clientKey) {
        return clients.rotateSecurity(clientKey).map(ClientSecurity::new);
    }

    @GET
    @Path("/{clientKey}")
    @Operation(summary = "One company")
    public Uni<ClientView> get(@PathParam("clientKey") String clientKey) {
        return clients.get(clientKey).map(ClientView::of);
    }
}
