package kr.openapi.charging.mapping;

import java.time.OffsetDateTime;
import kr.openapi.charging.repository.Operator;

public record OperatorView(String operatorId, String operatorName, String servicePhone, String busiId, String signatureMode,
                           OffsetDateTime registeredAt) {

    public static OperatorView of(Operator operator) {
        return new OperatorView(operator.operatorId, operator.name, operator.servicePhone, operator.busiId, operator.signatureMode,
                operator.createdAt);
    }
}
