package kr.openapi.consent.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import kr.openapi.common.result.ResultEnvelope;

/**
 * Answer of {@code GET /aio365/api/vehicle}: the {@code result} envelope with the vehicle and, per service the owner
 * consented to and has not withdrawn, that service's items:
 * {@code result > vehicle > carRegNo, carName, registeredOn; services > service* > svcCode, svcNm, consentedAt, items}.
 */
@JsonPropertyOrder({"resultCode", "resultMessage", "insttCode", "vehicle", "services"})
public class VehicleDataResponse extends ResultEnvelope {

    private final String insttCode;
    private final VehicleSummary vehicle;
    private final Services services;

    public VehicleDataResponse(String insttCode, VehicleSummary vehicle, List<ServiceData> services) {
        this.insttCode = insttCode;
        this.vehicle = vehicle;
        this.services = new Services(services);
    }

    public String getInsttCode() {
        return insttCode;
    }

    public VehicleSummary getVehicle() {
        return vehicle;
    }

    public Services getServices() {
        return services;
    }

    /** The vehicle; the registration date as {@code yyyy-MM-dd}. */
    public record VehicleSummary(String carRegNo, String carName, String registeredOn) {
    }

    public record Services(@JacksonXmlElementWrapper(useWrapping = false) List<ServiceData> service) {
    }

    /** One consented service: its code and name, when the owner consented, and its items by item code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"svcCode", "svcNm", "consentedAt", "items"})
    public record ServiceData(String svcCode, String svcNm, String consentedAt,
                              @Schema(description = "서비스 제공항목: 항목 코드별 필드 (GET /admin/consent/items)")
                              Map<String, Object> items) {
    }
}
