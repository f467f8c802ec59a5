package kr.openapi.consent.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.openapi.consent.mapping.VehicleItem;
import kr.openapi.consent.mapping.VehicleRecord;
import kr.openapi.consent.mapping.VehicleRecord.Ownership;

/**
 * A realistic synthetic registry: plates in both current forms ({@code 12가3456}, {@code 123가4567}), Korean owner
 * names, mostly individual owners, and every item set filled. Deterministic: vehicle n and a plate's items are the
 * same on every machine, so a README example names a vehicle that exists.
 */
public final class SyntheticVehicles {

    /** The seed's sample vehicle of step ⑥ (공단차, registered 2019.07.05), under the plate of the examples: vehicle 0. */
    public static final VehicleRecord SEED_SAMPLE = new VehicleRecord("12가3456", "홍길동", "19890427", Ownership.INDIVIDUAL,
            "공단차", "2019-07-05", null);
    /** A jointly owned vehicle, which the owner check refuses: always vehicle 1. */
    public static final VehicleRecord JOINT_SAMPLE = new VehicleRecord("123가4567", "김공동", "19750311", Ownership.JOINT,
            "쏘나타", "2021-03-15", null);

    private static final String PLATE_LETTERS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주";
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"};
    private static final String[] GIVEN = {"민준", "서연", "도윤", "지우", "하준", "서윤", "시우", "지민", "예준", "수아", "주원",
            "하은", "지호", "윤서", "현우", "지유", "건우", "채원", "우진", "은서"};
    private static final String[] CORPORATIONS = {"(주)한빛렌터카", "(주)바른모빌리티", "(주)누리물류", "(주)다온캐피탈"};
    private static final String[] CARS = {"아반떼", "쏘나타", "그랜저", "K5", "K8", "모닝", "레이", "스포티지", "투싼", "싼타페",
            "쏘렌토", "카니발", "팰리세이드", "G80", "코나", "아이오닉5", "EV6", "QM6", "토레스", "캐스퍼"};
    private static final String[] MAKERS = {"현대자동차(주)", "기아(주)", "르노코리아(주)", "KG모빌리티(주)"};
    private static final String[] OFFICES = {"서울특별시 강남구", "서울특별시 마포구", "부산광역시 해운대구", "대구광역시 수성구",
            "인천광역시 연수구", "경기도 성남시", "경기도 수원시", "경상북도 김천시", "전라남도 나주시", "충청북도 청주시"};
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SyntheticVehicles() {
    }

    /** Vehicle {@code index} of the synthetic registry; plates are distinct for the first 10,000. */
    public static VehicleRecord vehicle(int index) {
        if (index == 0) {
            return SEED_SAMPLE;
        }
        if (index == 1) {
            return JOINT_SAMPLE;
        }
        Random random = new Random(index * 31L + 7);
        String front = index % 2 == 0 ? String.format("%02d", 10 + random.nextInt(90)) : String.format("%03d", 100 + random.nextInt(900));
        String plate = front + PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()))
                + String.format("%04d", (index * 7919) % 10_000);
        int kind = random.nextInt(100);
        Ownership ownership = kind < 90 ? Ownership.INDIVIDUAL : kind < 97 ? Ownership.JOINT : Ownership.CORPORATE;
        String owner = ownership == Ownership.CORPORATE ? CORPORATIONS[random.nextInt(CORPORATIONS.length)]
                : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 52));
        LocalDate registered = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 18));
        return new VehicleRecord(plate, owner, ownership == Ownership.CORPORATE ? null : birth.toString().replace("-", ""),
                ownership, CARS[random.nextInt(CARS.length)], registered.toString(), null);
    }

    /** Every item set for a vehicle: the ones given are kept as given, the others generated from the plate. */
    public static ObjectNode items(String plate, String carName, LocalDate registeredOn, Map<String, JsonNode> given) {
        Random random = new Random(plate.hashCode());
        ObjectNode items = JSON.objectNode();
        int modelYear = registeredOn.getYear();
        int mileage = 5_000 + random.nextInt(15_000) * (1 + random.nextInt(12));
        for (VehicleItem item : VehicleItem.values()) {
            JsonNode provided = given == null ? null : given.get(item.name());
            items.set(item.name(), provided != null ? provided : switch (item) {
                case VEHICLE_BASIC -> JSON.objectNode().put("latestFact", pick(random, "신규등록", "이전등록", "변경등록"))
                        .put("registrationOffice", pick(random, OFFICES)).put("useName", pick(random, "자가용", "자가용", "자가용", "영업용"))
                        .put("modelYear", String.valueOf(modelYear)).put("carName", carName);
                case SPECIFICATION_1 -> JSON.objectNode().put("manufactureCountry", "대한민국")
                        .put("typeName", (char) ('A' + random.nextInt(26)) + String.valueOf(1000 + random.nextInt(9000)) + "-" + modelYear)
                        .put("bodyShape", pick(random, "세단", "해치백", "SUV", "승합")).put("vehicleShape", pick(random, "일반형", "다목적형"))
                        .put("manufacturer", pick(random, MAKERS)).put("carName", carName);
                case SPECIFICATION_2 -> {
                    int front = 700 + random.nextInt(500);
                    int rear = 600 + random.nextInt(500);
                    yield JSON.objectNode().put("frontAxleLoad", String.valueOf(front)).put("rearAxleLoad", String.valueOf(rear))
                            .put("totalWeight", String.valueOf(front + rear + 300)).put("displacement", String.valueOf(998 + random.nextInt(2500)))
                            .put("fuel", pick(random, "휘발유", "경유", "LPG", "전기", "하이브리드(휘발유+전기)"));
                }
                case MAINTENANCE_HISTORY -> records(random, registeredOn, mileage, (record, day, km) -> record
                        .put("recordId", "M" + Math.abs(plate.hashCode() % 100_000) + day.getYear() + random.nextInt(1000))
                        .put("mileage", String.valueOf(km)).put("maintainedOn", day.toString())
                        .put("description", pick(random, "엔진오일 교환", "브레이크 패드 교환", "타이어 교환", "배터리 교환", "냉각수 보충")));
                case INSPECTION -> records(random, registeredOn, mileage, (record, day, km) -> record
                        .put("approvalNo", String.valueOf(10_000_000 + random.nextInt(90_000_000))).put("inspectedOn", day.toString())
                        .put("result", random.nextInt(10) == 0 ? "부적합" : "적합").put("mileage", String.valueOf(km)));
                case PERFORMANCE_CHECK -> JSON.objectNode().put("mileage", String.valueOf(mileage))
                        .put("specialUse", pick(random, "없음", "없음", "없음", "렌트", "사업용"))
                        .put("useChange", pick(random, "없음", "없음", "영업용→자가용")).put("checkedOn", registeredOn.plusYears(2).toString());
            });
        }
        return items;
    }

    private interface RecordFiller {
        void fill(ObjectNode record, LocalDate day, int mileage);
    }

    private static ArrayNode records(Random random, LocalDate since, int mileage, RecordFiller filler) {
        ArrayNode records = JSON.arrayNode();
        int count = 1 + random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            filler.fill(records.addObject(), since.plusMonths(i * 14L), mileage * i / (count + 1));
        }
        return records;
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The first {@code count} vehicles. */
    public static List<VehicleRecord> first(int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(SyntheticVehicles::vehicle).toList();
    }
}
