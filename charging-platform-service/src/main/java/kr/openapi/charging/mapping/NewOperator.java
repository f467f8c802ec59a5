package kr.openapi.charging.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import kr.openapi.charging.repository.Operator;

/** What platform staff enter to onboard an operator. */
public record NewOperator(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "영문, 숫자, '_', '-' 1~32자") String operatorId,
        @NotBlank @Size(max = 200) String operatorName,
        @Pattern(regexp = "[0-9-]{7,20}", message = "전화번호 형식이 아닙니다") String servicePhone) {

    public Operator toEntity(OffsetDateTime now) {
        Operator operator = new Operator();
        operator.operatorId = operatorId;
        operator.name = operatorName.strip();
        operator.servicePhone = servicePhone;
        operator.createdAt = now;
        return operator;
    }
}
