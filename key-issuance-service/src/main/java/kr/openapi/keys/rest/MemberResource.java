package kr.openapi.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.mapping.MemberProfile;
import kr.openapi.keys.mapping.ProfileUpdate;
import kr.openapi.keys.mapping.SignUpRequest;
import kr.openapi.keys.repository.Member;
import kr.openapi.keys.service.MemberService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Members: sign up (public), and a member's own profile, edit and withdrawal (seed: 마이페이지 > 회원정보 수정). */
@Path("/api/v1/members")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberService members;
    private final CurrentMember current;

    public MemberResource(MemberService members, CurrentMember current) {
        this.members = members;
        this.current = current;
    }

    @POST
    @PermitAll
    @Operation(summary = "Sign up")
    public Uni<Response> signUp(@Valid @NotNull SignUpRequest request) {
        return members.signUp(request, Member.Role.member)
                .map(member -> Response.created(URI.create("/api/v1/members/me"))
                        .entity(new SignedUp(member.id, member.loginId)).build());
    }

    public record SignedUp(long id, String loginId) {
    }

    @GET
    @Path("/me")
    @RolesAllowed(Callers.MEMBER)
    @Operation(summary = "My profile")
    public Uni<MemberProfile> me() {
        return members.profile(current.id());
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Callers.MEMBER)
    @Operation(summary = "Edit my profile (a password, when given, replaces the current one)")
    public Uni<MemberProfile> update(@Valid @NotNull ProfileUpdate update) {
        return members.update(current.id(), update);
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Callers.MEMBER)
    @Operation(summary = "Withdraw: revokes my keys, erases my personal data, keeps the audit record")
    public Uni<Response> withdraw() {
        return members.withdraw(current.id()).map(done -> Response.noContent().build());
    }
}
