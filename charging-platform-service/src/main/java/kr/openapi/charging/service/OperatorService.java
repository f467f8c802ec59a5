package kr.openapi.charging.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.charging.repository.CredentialRepository;
import java.time.OffsetDateTime;
import kr.openapi.charging.mapping.NewOperator;
import kr.openapi.charging.repository.Operator;
import kr.openapi.charging.repository.OperatorRepository;
import kr.openapi.common.result.ApiException;

@ApplicationScoped
public class OperatorService {

    private final OperatorRepository operators;
    private final CredentialRepository credentials;
    private final PersonalDataCipher cipher;

    public OperatorService(OperatorRepository operators, CredentialRepository credentials, PersonalDataCipher cipher) {
        this.operators = operators;
        this.credentials = credentials;
        this.cipher = cipher;
    }

    @WithTransaction
    public Uni<Operator> onboard(NewOperator request) {
        return operators.findById(request.operatorId())
                .onItem().ifNotNull().failWith(() -> ApiException.invalidParameter("이미 등록된 운영사입니다: " + request.operatorId()))
                .chain(() -> operators.count("busiId", request.busiId()))
                .invoke(taken -> {
                    if (taken > 0) {
                        throw ApiException.invalidParameter("다른 운영사가 쓰는 busiId입니다: " + request.busiId());
                    }
                })
                .replaceWith(() -> request.toEntity(OffsetDateTime.now()))
                .call(operators::persist);
    }

    /**
     * Issues a new HMAC secret (shown once). The platform must compute HMACs with it, so it is stored encrypted with
     * the service's key rather than hashed; the old secret stops working at once here (other replicas within their
     * cache's expiry).
     */
    public Uni<String> rotateSecret(String operatorId) {
        String secret = OperatorAuth.random(32);
        return credentials.storeSecret(operatorId, cipher.encrypt(secret)).map(stored -> {
            if (!stored) {
                throw ApiException.noData("등록되지 않은 운영사입니다: " + operatorId);
            }
            return secret;
        });
    }

    public Uni<Void> useSignatureMode(String operatorId, SignatureScheme.Mode mode) {
        return credentials.storeSignatureMode(operatorId, mode.name()).map(stored -> {
            if (!stored) {
                throw ApiException.noData("등록되지 않은 운영사입니다: " + operatorId);
            }
            return null;
        });
    }

    public Uni<Operator> get(String operatorId) {
        return operators.findByOperatorId(operatorId)
                .onItem().ifNull().failWith(() -> ApiException.noData("등록되지 않은 운영사입니다: " + operatorId));
    }
}
