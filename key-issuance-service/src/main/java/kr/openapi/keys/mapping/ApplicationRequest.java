package kr.openapi.keys.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** "Open API 신청하기": the product, the access IPs (addresses or CIDRs) and the reason. */
public record ApplicationRequest(
        @NotBlank String product,
        @NotEmpty List<String> accessIps,
        @NotBlank @Size(max = 1000) String reason) {
}
