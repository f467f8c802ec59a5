package kr.openapi.consent.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A service an institution offers owners to consent to (the seed's "자동차 소유관계 확인 활용"), with its item sets. */
public record NewServiceCode(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "제어 문자는 쓸 수 없습니다") String svcNm,
        @NotEmpty @Size(max = 20) List<@NotBlank String> items) {
}
