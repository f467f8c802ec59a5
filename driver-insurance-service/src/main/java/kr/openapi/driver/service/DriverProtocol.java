package kr.openapi.driver.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;
import kr.openapi.driver.mapping.BizCode;
import kr.openapi.driver.mapping.Failure;
import kr.openapi.driver.mapping.Fields;
import kr.openapi.driver.mapping.ProtocolFailure;
import kr.openapi.driver.mapping.ProtocolTime;

/**
 * The five calls of the protocol, from request bytes to answer: the body is read liberally, the token of a business
 * call is spent before anything else is checked (so it is spent whatever the outcome), and a refusal is answered
 * in the protocol's own form with the request's {@code bizSeqNo} echoed.
 */
@ApplicationScoped
public class DriverProtocol {

    private final ObjectMapper json;
    private final TokenService tokens;
    private final DriverRegistry registry;
    private final DriverDirectory directory;
    private final InsuranceLookup insurance;

    public DriverProtocol(ObjectMapper json, TokenService tokens, DriverRegistry registry, DriverDirectory directory,
                          InsuranceLookup insurance) {
        this.json = json;
        this.tokens = tokens;
        this.registry = registry;
        this.directory = directory;
        this.insurance = insurance;
    }

    public Uni<Object> getToken(byte[] body) {
        return answer(body, request -> tokens.issue(request).map(Object.class::cast));
    }

    public Uni<Object> insDriver(byte[] body) {
        return business(body, "D1", fields -> registry.register(fields));
    }

    public Uni<Object> delDriver(byte[] body) {
        return business(body, "D2", fields -> registry.delete(fields));
    }

    public Uni<Object> getDriver(byte[] body) {
        return business(body, "D3", fields -> directory.find(fields));
    }

    public Uni<Object> findInsurance(byte[] body) {
        return business(body, "D4", fields -> insurance.find(fields));
    }

    private Uni<Object> business(byte[] body, String reqBizCode, Function<Fields, Uni<?>> work) {
        return answer(body, request -> {
            Fields fields = Fields.ofRequest(request);
            String accessToken = fields.required("accessToken", 36);
            String clientKey = fields.required("clientKey", 36);
            return tokens.spend(accessToken, clientKey, reqBizCode).flatMap(spent -> work.apply(fields)).map(Object.class::cast);
        });
    }

    private Uni<Object> answer(byte[] body, Function<JsonNode, Uni<Object>> call) {
        JsonNode request;
        try {
            request = json.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            // Jackson's parse errors are IOExceptions too: anything unreadable is 1000.
            return Uni.createFrom().item(Failure.of(null, now(), BizCode.MALFORMED_REQUEST, null));
        }
        String bizSeqNo = request != null && request.isObject() ? Fields.ofRequest(request).echo("bizSeqNo") : null;
        return Uni.createFrom().deferred(() -> call.apply(request))
                .onFailure(ProtocolFailure.class).recoverWithItem(failure -> {
                    ProtocolFailure refused = (ProtocolFailure) failure;
                    return Failure.of(bizSeqNo, now(), refused.code(), refused.detail());
                })
                .onFailure().recoverWithItem(failure -> {
                    Log.errorf(failure, "driver protocol call failed (bizSeqNo %s)", bizSeqNo);
                    return Failure.of(bizSeqNo, now(), BizCode.SYSTEM_ERROR, null);
                });
    }

    private static String now() {
        return ProtocolTime.format(Instant.now());
    }
}
