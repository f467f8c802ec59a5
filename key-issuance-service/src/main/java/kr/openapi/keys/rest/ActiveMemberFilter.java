package kr.openapi.keys.rest;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import kr.openapi.common.security.Callers;
import kr.openapi.keys.repository.MemberStatusRepository;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A portal token verifies until it expires, whatever became of its member since it was issued: a member who
 * withdrew would still apply for keys and read them with it. So every call a member or an admin makes is checked
 * against the member's current status first, and a member who is no longer active is answered as one without a
 * login (401).
 */
public class ActiveMemberFilter {

    private final CurrentIdentityAssociation identities;
    private final MemberStatusRepository members;

    public ActiveMemberFilter(CurrentIdentityAssociation identities, MemberStatusRepository members) {
        this.identities = identities;
        this.members = members;
    }

    @ServerRequestFilter
    public Uni<Void> refuseInactiveMembers() {
        // A token that does not verify is the endpoint's own security's to refuse (or to ignore on a public one).
        return identities.getDeferredIdentity().onFailure().recoverWithNull().chain(identity -> {
            Long memberId = memberId(identity);
            if (memberId == null) {
                return Uni.createFrom().voidItem();
            }
            return members.isActive(memberId).chain(active -> active ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(new UnauthorizedException("member " + memberId + " is no longer active")));
        });
    }

    /** The member a call acts for: the subject of a member's or an admin's token; null for any other caller. */
    private static Long memberId(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.hasRole(Callers.MEMBER) || identity.hasRole(Callers.ADMIN))
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        try {
            return Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
