package kr.openapi.keys.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.keys.config.PortalConfig;
import kr.openapi.keys.mapping.LoginResponse;
import kr.openapi.keys.repository.Member;
import kr.openapi.keys.repository.MemberRepository;

/**
 * Log-in with a guard against guessing: after {@code portal.login.max-failures} consecutive wrong passwords the
 * account is locked for {@code portal.login.lock-duration} (code 22, HTTP 429 with Retry-After). Unknown ids and
 * wrong passwords get the same answer and take the same time.
 */
@ApplicationScoped
public class LoginService {

    static final String BAD_CREDENTIALS = "아이디 또는 비밀번호가 올바르지 않습니다";

    private final MemberRepository members;
    private final PasswordHasher passwords;
    private final PortalTokenIssuer tokens;
    private final PortalConfig config;

    public LoginService(MemberRepository members, PasswordHasher passwords, PortalTokenIssuer tokens, PortalConfig config) {
        this.members = members;
        this.passwords = passwords;
        this.tokens = tokens;
        this.config = config;
    }

    /** What an attempt came to. A failure is returned, not thrown, so that the failure count it updated commits. */
    public record LoginOutcome(LoginResponse success, ApiException failure) {

        public LoginResponse orThrow() {
            if (failure != null) {
                throw failure;
            }
            return success;
        }
    }

    @WithTransaction
    public Uni<LoginOutcome> attempt(String loginId, String password) {
        return members.findByLoginId(loginId).chain(member -> {
            Member usable = member != null && member.isActive() ? member : null;
            OffsetDateTime now = OffsetDateTime.now();
            if (usable != null && usable.lockedUntil != null && usable.lockedUntil.isAfter(now)) {
                return Uni.createFrom().item(new LoginOutcome(null, locked(Duration.between(now, usable.lockedUntil))));
            }
            return passwords.matches(password, usable == null ? null : usable.passwordHash).map(matches -> {
                if (usable == null) {
                    return new LoginOutcome(null, badCredentials());
                }
                if (!matches) {
                    return new LoginOutcome(null, recordFailure(usable, now));
                }
                usable.failedLogins = 0;
                usable.lockedUntil = null;
                PortalTokenIssuer.IssuedToken token = tokens.issue(usable);
                return new LoginOutcome(new LoginResponse(token.token(), "Bearer", token.expiresInSeconds(), token.groups()), null);
            });
        });
    }

    private ApiException recordFailure(Member member, OffsetDateTime now) {
        member.failedLogins++;
        if (member.failedLogins < config.login().maxFailures()) {
            return badCredentials();
        }
        member.failedLogins = 0;
        member.lockedUntil = now.plus(config.login().lockDuration());
        Log.warnf("Member %d locked after %d wrong passwords", member.id, config.login().maxFailures());
        return locked(config.login().lockDuration());
    }

    private static ApiException badCredentials() {
        return new ApiException(ResultCode.SERVICE_ACCESS_DENIED_ERROR, BAD_CREDENTIALS, 401);
    }

    private static ApiException locked(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds());
        return new ApiException(ResultCode.LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR,
                "로그인 실패가 반복되어 계정이 잠겼습니다. " + ((seconds + 59) / 60) + "분 후에 다시 시도하세요", 429)
                .withHeader("Retry-After", String.valueOf(seconds));
    }
}
