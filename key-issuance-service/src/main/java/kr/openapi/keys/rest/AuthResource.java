package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.openapi.keys.mapping.LoginRequest;
import kr.openapi.keys.mapping.LoginResponse;
import kr.openapi.keys.service.LoginService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService login;

    public AuthResource(LoginService login) {
        this.login = login;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in; repeated wrong passwords lock the account for a while (code 22)")
    public Uni<LoginResponse> login(@Valid @NotNull LoginRequest request) {
        return login.attempt(request.loginId(), request.password()).map(LoginService.LoginOutcome::orThrow);
    }
}
