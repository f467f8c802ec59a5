package kr.openapi.consent.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.consent.mapping.NewInstitution;
import kr.openapi.consent.mapping.Plates;
import kr.openapi.consent.mapping.VehicleDataResponse;
import kr.openapi.consent.mapping.VehicleItem;
import kr.openapi.consent.repository.ConsentRepository;
import kr.openapi.consent.repository.InstitutionRepository;

/**
 * An institution reads a vehicle's data (seed ⑦): only with a key of its own portal member, only the items of
 * services the current owner consented to and has not withdrawn. A withdrawal is seen by the very next call.
 */
@ApplicationScoped
public class VehicleDataService {

    private static final DateTimeFormatter CONSENTED_AT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** The same answer for an unknown vehicle and one without consent: the registry is not to be probed. */
    private static final String NO_CONSENT = "이 차량에 대해 이 기관이 받은 유효한 동의가 없습니다 (동의하지 않았거나 철회됨).";

    private final InstitutionRepository institutions;
    private final VehicleRegistry registry;
    private final ConsentRepository consents;
    private final ObjectMapper json;

    public VehicleDataService(InstitutionRepository institutions, VehicleRegistry registry, ConsentRepository consents, ObjectMapper json) {
        this.institutions = institutions;
        this.registry = registry;
        this.consents = consents;
        this.json = json;
    }

    /** An item's fields in the sheet's order (the registry's jsonb keeps no order); fields beyond the sheet after them. */
    private Object inSheetOrder(String itemCode, JsonNode fields) {
        if (fields == null || !fields.isObject()) {
            return json.convertValue(fields, Object.class);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        VehicleItem.of(itemCode).ifPresent(item -> item.fields().keySet().forEach(name -> {
            if (fields.has(name)) {
                ordered.put(name, json.convertValue(fields.get(name), Object.class));
            }
        }));
        fields.fieldNames().forEachRemaining(name -> ordered.putIfAbsent(name, json.convertValue(fields.get(name), Object.class)));
        return ordered;
    }

    public Uni<VehicleDataResponse> read(String callerMemberId, String insttCode, String carRegNo) {
        if (insttCode == null || insttCode.isBlank()) {
            throw ApiException.missingParameter("insttCode");
        }
        if (carRegNo == null || carRegNo.isBlank()) {
            throw ApiException.missingParameter("carRegNo");
        }
        if (!NewInstitution.isCode(insttCode.strip())) {
            throw ApiException.invalidParameter("insttCode는 영문, 숫자 1~20자입니다");
        }
        String plate = Plates.normalize(carRegNo);
        if (plate == null) {
            throw ApiException.invalidParameter("carRegNo가 차량번호 형식(12가3456)이 아닙니다");
        }
        return institutions.find(insttCode.strip()).flatMap(institution -> {
            if (institution == null || institution.memberId() == null || !institution.memberId().equals(callerMemberId)) {
                throw new ApiException(ResultCode.SERVICE_ACCESS_DENIED_ERROR, "이 서비스키는 기관 " + insttCode.strip() + "의 키가 아닙니다");
            }
            return registry.find(plate);
        }).flatMap(vehicle -> {
            if (vehicle == null) {
                throw new ApiException(ResultCode.SERVICE_ACCESS_DENIED_ERROR, NO_CONSENT);
            }
            return consents.givenFor(insttCode.strip(), plate, vehicle.ownerNameIndex()).map(given -> {
                if (given.isEmpty()) {
                    throw new ApiException(ResultCode.SERVICE_ACCESS_DENIED_ERROR, NO_CONSENT);
                }
                List<VehicleDataResponse.ServiceData> services = given.stream().map(consent -> {
                    Map<String, Object> items = new LinkedHashMap<>();
                    consent.items().forEach(item -> items.put(item, inSheetOrder(item, vehicle.items().get(item))));
                    return new VehicleDataResponse.ServiceData(consent.svcCode(), consent.svcName(),
                            consent.givenAt().atZoneSameInstant(SEOUL).format(CONSENTED_AT), items);
                }).toList();
                return new VehicleDataResponse(insttCode.strip(), new VehicleDataResponse.VehicleSummary(plate, vehicle.carName(),
                        vehicle.registeredOn().toString()), services);
            });
        });
    }
}
