package kr.openapi.consent.mapping;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The item sets of the seed's application sheet (step ④): what a service may read about a vehicle, named in English
 * codes, each with the fields it carries. The Korean names are the sheet's.
 */
public enum VehicleItem {
    VEHICLE_BASIC("자동차기본정보", fields(
            "latestFact", "최종차량사실",
            "registrationOffice", "관할관청명",
            "useName", "용도명",
            "modelYear", "연식",
            "carName", "자동차명")),
    SPECIFICATION_1("자동차제원1", fields(
            "manufactureCountry", "제작국가명",
            "typeName", "형식명",
            "bodyShape", "차체형상명",
            "vehicleShape", "자동차형상명",
            "manufacturer", "제작업체등록명",
            "carName", "자동차명")),
    SPECIFICATION_2("자동차제원2", fields(
            "frontAxleLoad", "전축하중(kg)",
            "rearAxleLoad", "후축하중(kg)",
            "totalWeight", "총중량(kg)",
            "displacement", "배기량(cc)",
            "fuel", "사용연료명")),
    MAINTENANCE_HISTORY("정비이력", fields(
            "records", "정비이력 목록(recordId 정비이력_PK, mileage 주행거리, maintainedOn 정비일자, description 정비내용)")),
    INSPECTION("검사정보", fields(
            "records", "검사 목록(approvalNo 검사승인번호, inspectedOn 검사일자, result 검사결과, mileage 주행거리)")),
    PERFORMANCE_CHECK("성능점검", fields(
            "mileage", "주행거리",
            "specialUse", "특수사용구분명",
            "useChange", "용도변경구분명",
            "checkedOn", "점검일자"));

    private final String label;
    private final Map<String, String> fields;

    VehicleItem(String label, Map<String, String> fields) {
        this.label = label;
        this.fields = fields;
    }

    /** The sheet's Korean name. */
    public String label() {
        return label;
    }

    /** Field name -> Korean label, in the sheet's order. */
    public Map<String, String> fields() {
        return fields;
    }

    public static Optional<VehicleItem> of(String code) {
        return Arrays.stream(values()).filter(item -> item.name().equals(code)).findFirst();
    }

    /** The labels of items given by code, in the catalogue's order (unknown codes are skipped). */
    public static List<String> labels(List<String> codes) {
        return Arrays.stream(values()).filter(item -> codes.contains(item.name())).map(VehicleItem::label).toList();
    }

    private static Map<String, String> fields(String... namesAndLabels) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            fields.put(namesAndLabels[i], namesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }
}
