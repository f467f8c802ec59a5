package kr.openapi.charging.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.security.ServiceKeyHash;
import kr.openapi.charging.config.PlatformClock;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.mapping.PlatformTime;
import kr.openapi.charging.mapping.TokenData;
import kr.openapi.charging.repository.CredentialRepository;
import kr.openapi.charging.repository.CredentialRepository.Credentials;

/**
 * Who is calling: the operator named by {@code OperatorId}, proven by a {@code Signature} made with its secret over a
 * {@code Datetime} close to the platform's time and, except for the token call itself, a {@code Token} the platform
 * issued to that operator. Each refusal is a 401 saying which check failed.
 */
@ApplicationScoped
public class OperatorAuth {

    static final Duration TOKEN_LIFETIME = Duration.ofSeconds(7200);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialRepository credentials;
    private final PersonalDataCipher cipher;
    private final PlatformClock clock;

    public OperatorAuth(CredentialRepository credentials, PersonalDataCipher cipher, PlatformClock clock) {
        this.credentials = credentials;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The signed request as the operator sent it: what the signature may cover. */
    public record SignedRequest(HttpHeaders headers, String method, String pathAndQuery, byte[] body) {
    }

    /** {@code GET /platform/management/operatorAPIToken}: a token for two hours. */
    public Uni<TokenData> issueToken(SignedRequest request) {
        return verified(request, false).flatMap(operator -> {
            String token = random(32);
            OffsetDateTime now = OffsetDateTime.now();
            return credentials.insertToken(ServiceKeyHash.of(token), operator.operatorId(), now, now.plus(TOKEN_LIFETIME))
                    .replaceWith(new TokenData(token, TOKEN_LIFETIME.toSeconds()));
        });
    }

    /** Every other call: answers the calling operator's id, or fails with a 401 {@link PlatformFailure}. */
    public Uni<String> operatorOf(SignedRequest request) {
        return verified(request, true).map(Credentials::operatorId);
    }

    private Uni<Credentials> verified(SignedRequest request, boolean withToken) {
        String datetime = header(request, "Datetime");
        String operatorId = header(request, "OperatorId");
        String signature = header(request, "Signature");
        String token = withToken ? header(request, "Token") : null;
        checkTime(datetime);
        return credentials.credentials(operatorId).flatMap(found -> {
            if (found.isEmpty() || found.get().secretEnc() == null) {
                return Uni.createFrom().failure(PlatformFailure.unauthorized("OperatorId " + operatorId + " has no secret on this platform"));
            }
            Credentials operator = found.get();
            Uni<Void> tokenCheck = token == null ? Uni.createFrom().voidItem()
                    : credentials.tokenOwner(ServiceKeyHash.of(token)).map(owner -> {
                        if (owner.isEmpty()) {
                            throw PlatformFailure.unauthorized("Token was not issued by this platform");
                        }
                        if (!owner.get().operatorId().equals(operatorId)) {
                            throw PlatformFailure.unauthorized("Token belongs to another operator");
                        }
                        if (owner.get().expiresAt().isBefore(OffsetDateTime.now())) {
                            throw PlatformFailure.unauthorized("Token expired: get a new one from /platform/management/operatorAPIToken");
                        }
                        return null;
                    });
            return tokenCheck.map(checked -> {
                SignatureScheme.Mode mode = SignatureScheme.Mode.valueOf(operator.signatureMode());
                String expected = SignatureScheme.sign(cipher.decrypt(operator.secretEnc()), SignatureScheme.stringToSign(mode, datetime,
                        operatorId, token, request.method(), request.pathAndQuery(), request.body()));
                if (!SignatureScheme.matches(expected, signature)) {
                    throw PlatformFailure.unauthorized("Signature does not match"
                            + (mode == SignatureScheme.Mode.STRICT ? " (this operator signs in STRICT mode: method, path and digest too)" : ""));
                }
                return operator;
            });
        });
    }

    private void checkTime(String datetime) {
        LocalDateTime sent;
        try {
            sent = LocalDateTime.parse(datetime, PlatformTime.FORMAT);
        } catch (DateTimeException e) {
            throw PlatformFailure.unauthorized("Datetime is not yyyy-MM-dd HH:mm:ss: " + datetime);
        }
        Duration off = Duration.between(sent, clock.now()).abs();
        if (off.compareTo(clock.window()) > 0) {
            throw PlatformFailure.unauthorized("Datetime " + datetime + " is " + off.toSeconds() + " s from the platform's time ("
                    + clock.zone() + "); at most " + clock.window().toSeconds() + " s are accepted");
        }
    }

    private static String header(SignedRequest request, String name) {
        String value = request.headers().getHeaderString(name);
        if (value == null || value.isBlank()) {
            throw PlatformFailure.unauthorized("header " + name + " is missing");
        }
        return value.strip();
    }

    /** A new operator secret or token: {@code bytes} random bytes, URL-safe base64. */
    public static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Scheduled(every = "1h", delayed = "5m")
    Uni<Void> sweep() {
        return credentials.sweepTokens().replaceWithVoid();
    }
}
