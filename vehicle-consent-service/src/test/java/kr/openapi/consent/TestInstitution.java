package kr.openapi.consent;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;

import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.consent.mapping.EntryForm;
import kr.openapi.consent.mapping.HashScheme;
import kr.openapi.consent.service.EntrySignature;

/**
 * An institution registered through the admin API, as TS staff do it: a code, its member, a secret and two service
 * codes; and vehicles of its test owners. It signs entry forms as the institution's server would.
 */
public final class TestInstitution {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final DateTimeFormatter TIME_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public final String insttCode;
    public final String memberId;
    public final String siteUrl;
    public final HashScheme scheme;
    public final String secret;
    /** "자동차 소유관계 확인 활용" (VEHICLE_BASIC) and "정비이력 조회" (MAINTENANCE_HISTORY, INSPECTION). */
    public final String ownershipService;
    public final String maintenanceService;

    private TestInstitution(String insttCode, String memberId, String siteUrl, HashScheme scheme, String secret, String ownershipService,
                            String maintenanceService) {
        this.insttCode = insttCode;
        this.memberId = memberId;
        this.siteUrl = siteUrl;
        this.scheme = scheme;
        this.secret = secret;
        this.ownershipService = ownershipService;
        this.maintenanceService = maintenanceService;
    }

    public static TestInstitution register(HashScheme scheme, String siteUrl) {
        String code = "T" + ProcessHandle.current().pid() % 10_000 + "X" + SEQUENCE.incrementAndGet() + ThreadLocalRandom.current().nextInt(1000);
        String memberId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("insttCode", code, "insttNm", "한빛캐피탈 " + code, "siteURL", siteUrl, "memberId", memberId,
                        "hashScheme", scheme.name()))
                .post("/admin/consent/institutions").then().statusCode(201);
        String secret = asAdmin().post("/admin/consent/institutions/" + code + "/secret").then().statusCode(200)
                .extract().path("secret");
        String ownership = service(code, "자동차 소유관계 확인 활용", List.of("VEHICLE_BASIC"));
        String maintenance = service(code, "정비이력 조회", List.of("MAINTENANCE_HISTORY", "INSPECTION"));
        return new TestInstitution(code, memberId, siteUrl, scheme, secret, ownership, maintenance);
    }

    public static TestInstitution register(HashScheme scheme) {
        return register(scheme, "https://car.hanbit.example");
    }

    private static String service(String code, String name, List<String> items) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("svcNm", name, "items", items))
                .post("/admin/consent/institutions/" + code + "/services").then().statusCode(201).extract().path("svcCode");
    }

    /** A fresh plate, in one of the two current forms. */
    public static String newPlate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (random.nextBoolean() ? String.format("%02d", random.nextInt(10, 100)) : String.format("%03d", random.nextInt(100, 1000)))
                + "허" + String.format("%04d", random.nextInt(10_000));
    }

    /** Registers a vehicle of one owner; answers its plate. */
    public static String vehicle(String owner, String ownership) {
        String plate = newPlate();
        asAdmin().contentType(ContentType.JSON)
                .body(List.of(Map.of("carRegNo", plate, "ownerName", owner, "ownerBirthDate", "19890427", "ownership", ownership,
                        "carName", "공단차", "registeredOn", "2019-07-05")))
                .post("/admin/consent/vehicles").then().statusCode(200);
        return plate;
    }

    public static String timeStamp(int secondsFromNow) {
        return LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusSeconds(secondsFromNow).format(TIME_STAMP);
    }

    /** The entry form's fields, signed; {@code owner}/{@code plate} make it fixed-type. */
    public Map<String, String> entry(List<String> services, String owner, String plate, String timeStamp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("timeStamp", timeStamp);
        form.put("svcCodeArr", String.join(",", services));
        form.put("svcType", owner == null ? "N" : "Y");
        form.put("carOwner", owner == null ? "" : owner);
        form.put("carRegNo", plate == null ? "" : plate);
        form.put("insttCode", insttCode);
        form.put("siteName", "한빛캐피탈 중고차");
        form.put("returnURLA", siteUrl + "/consent/agreed");
        form.put("returnURLD", siteUrl + "/consent/declined");
        form.put("hashValue", sign(form));
        return form;
    }

    public Map<String, String> entry(String owner, String plate) {
        return entry(List.of(ownershipService, maintenanceService), owner, plate, timeStamp(0));
    }

    /** Signs (again) a form whose fields were changed. */
    public String sign(Map<String, String> form) {
        return EntrySignature.expected(scheme, insttCode, secret, EntryForm.of(form));
    }
}
