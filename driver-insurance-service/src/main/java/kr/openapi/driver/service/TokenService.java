package kr.openapi.driver.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import kr.openapi.driver.mapping.BizCode;
import kr.openapi.driver.mapping.Fields;
import kr.openapi.driver.mapping.ProtocolFailure;
import kr.openapi.driver.mapping.ProtocolTime;
import kr.openapi.driver.mapping.TokenIssued;
import kr.openapi.driver.repository.ClientRepository;
import kr.openapi.driver.repository.TokenRepository;

/**
 * getToken and the one-time use of what it issues: a token is for one client and one business code (D1 insDriver,
 * D2 delDriver, D3 getDriver, D4 findInsurance), lives six hours, and is spent by the first call that presents it,
 * whatever that call's outcome.
 */
@ApplicationScoped
public class TokenService {

    static final Duration LIFETIME = Duration.ofHours(6);

    private final ClientRepository clients;
    private final TokenRepository tokens;
    private final Clock clock;

    public TokenService(ClientRepository clients, TokenRepository tokens) {
        this.clients = clients;
        this.tokens = tokens;
        this.clock = Clock.systemUTC();
    }

    public Uni<TokenIssued> issue(JsonNode body) {
        Fields fields = Fields.ofRequest(body);
        String clientKey = fields.required("clientKey", 36);
        String clientSecurity = fields.required("clientSecurity", 36);
        String appBizCode = fields.required("appBizCode", 12).replace("-", "");
        String bizSeqNo = fields.required("bizSeqNo", 20);
        ProtocolTime.parseDateTime("reqDate", fields.required("reqDate", 14));
        String reqBizCode = fields.matching(fields.required("reqBizCode", 2).toUpperCase(Locale.ROOT), "reqBizCode", "D[1-4]",
                "D1, D2, D3 또는 D4");
        return clients.findByKey(clientKey).flatMap(client -> {
            // One answer for an unknown key, a wrong secret and a wrong business number: none tells which part was right.
            if (client == null || !Secrets.matches(clientSecurity, client.securityHash) || !client.appBizCode.equals(appBizCode)) {
                return Uni.createFrom().failure(new ProtocolFailure(BizCode.CLIENT_NOT_AUTHENTICATED, null));
            }
            String token = Secrets.random(36);
            OffsetDateTime now = OffsetDateTime.now(clock);
            return tokens.insert(Secrets.hash(token), clientKey, reqBizCode, bizSeqNo, now, now.plus(LIFETIME))
                    .replaceWith(new TokenIssued(token, bizSeqNo, ProtocolTime.format(now.toInstant())));
        });
    }

    /**
     * Spends the presented token for this client's call of this business code.
     *
     * @return a failure with the code that says what was wrong with the token, or nothing when it was good
     */
    public Uni<Void> spend(String accessToken, String clientKey, String reqBizCode) {
        return tokens.spend(Secrets.hash(accessToken)).map(spending -> {
            if (!spending.existed()) {
                throw new ProtocolFailure(BizCode.TOKEN_UNKNOWN, null);
            }
            if (!spending.wasUnused()) {
                throw new ProtocolFailure(BizCode.TOKEN_USED, null);
            }
            if (spending.expiresAt().isBefore(OffsetDateTime.now(clock))) {
                throw new ProtocolFailure(BizCode.TOKEN_EXPIRED, null);
            }
            if (!spending.clientKey().equals(clientKey)) {
                throw new ProtocolFailure(BizCode.TOKEN_OTHER_CLIENT, null);
            }
            if (!spending.reqBizCode().equals(reqBizCode)) {
                throw new ProtocolFailure(BizCode.TOKEN_OTHER_BUSINESS, "발급 " + spending.reqBizCode() + ", 호출 " + reqBizCode);
            }
            return null;
        });
    }

    @Scheduled(every = "1h", delayed = "5m")
    Uni<Void> sweep() {
        return tokens.sweep().replaceWithVoid();
    }
}
