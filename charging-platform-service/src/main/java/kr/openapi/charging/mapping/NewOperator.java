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
        @Pattern(regexp = "[0-9-]{7,20}", message = "전화번호 형식이 아닙니다") String servicePhone,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2}", message = "영문 대문자 또는 숫자 2자 (ME, EV, ...)") String busiId,
        @Pattern(regexp = "SEED|STRICT", message = "SEED 또는 STRICT") String signatureMode) {

    public Operator toEntity(OffsetDateTime now) {
        Operator operator = new Operator();
        operator.operatorId = operatorId;
        operator.name = operatorName.strip();
        operator.servicePhone = servicePhone;
        operator.createdAt = now;
        operator.busiId = busiId;
        operator.signatureMode = signatureMode == null ? "SEED" : signatureMode;
        return operator;
    }
}
