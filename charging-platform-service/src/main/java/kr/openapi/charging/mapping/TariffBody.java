package kr.openapi.charging.mapping;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's charging prices, KRW per kWh ("사업자별 충전요금(회원기준)" in the EV portal). */
public record TariffBody(
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("10000") @Schema(example = "295.2") Double slowMemberPrice,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("10000") @Schema(example = "347.2") Double fastMemberPrice,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("10000") @Schema(example = "390.0") Double slowNonMemberPrice,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax("10000") @Schema(example = "450.0") Double fastNonMemberPrice) {
}
