package kr.openapi.consent.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One vehicle of the registry as staff import it ({@code POST /admin/consent/vehicles}), upserted by plate. Items not
 * given are generated, so that a registry of plates and owners is enough to try the whole flow.
 */
public record VehicleRecord(
        @NotBlank @Pattern(regexp = Plates.PATTERN, message = "차량번호 형식(12가3456, 123가4567)이 아닙니다") String carRegNo,
        @NotBlank @Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "제어 문자는 쓸 수 없습니다") String ownerName,
        @Pattern(regexp = "(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])", message = "yyyyMMdd") String ownerBirthDate,
        @NotNull Ownership ownership,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "제어 문자는 쓸 수 없습니다") String carName,
        @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "yyyy-MM-dd") String registeredOn,
        Map<String, JsonNode> items) {

    /** Who owns a vehicle: only a vehicle of one individual can be consented to (seed step 3). */
    public enum Ownership {
        INDIVIDUAL, JOINT, CORPORATE
    }
}
