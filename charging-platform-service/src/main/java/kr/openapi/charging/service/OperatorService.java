package kr.openapi.charging.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import kr.openapi.charging.mapping.NewOperator;
import kr.openapi.charging.repository.Operator;
import kr.openapi.charging.repository.OperatorRepository;
import kr.openapi.common.result.ApiException;

@ApplicationScoped
public class OperatorService {

    private final OperatorRepository operators;

    public OperatorService(OperatorRepository operators) {
        this.operators = operators;
    }

    @WithTransaction
    public Uni<Operator> onboard(NewOperator request) {
        return operators.findById(request.operatorId())
                .onItem().ifNotNull().failWith(() -> ApiException.invalidParameter("이미 등록된 운영사입니다: " + request.operatorId()))
                .replaceWith(() -> request.toEntity(OffsetDateTime.now()))
                .call(operators::persist);
    }

    public Uni<Operator> get(String operatorId) {
        return operators.findByOperatorId(operatorId)
                .onItem().ifNull().failWith(() -> ApiException.noData("등록되지 않은 운영사입니다: " + operatorId));
    }
}
