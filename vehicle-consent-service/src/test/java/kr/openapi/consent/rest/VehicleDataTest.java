package kr.openapi.consent.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.openapi.consent.OwnerSession;
import kr.openapi.consent.TestInstitution;
import kr.openapi.consent.mapping.HashScheme;
import kr.openapi.deploy.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Institutions read consented vehicles' data with their own member's key, until the owner withdraws. */
@QuarkusTest
class VehicleDataTest {

    private static ValidatableResponse read(String memberId, String insttCode, String plate, String type) {
        var request = given().auth().oauth2(TestTokens.keyHolder("vehicle-info", memberId)).queryParam("insttCode", insttCode)
                .queryParam("carRegNo", plate);
        if (type != null) {
            request.queryParam("_type", type);
        }
        return request.get("/aio365/api/vehicle").then();
    }

    /** A consent to the ownership service only; answers the withdrawal link. */
    private static String consent(TestInstitution institution, String owner, String plate) {
        OwnerSession session = OwnerSession.enter(institution.entry(null, null));
        session.verify(owner, plate).then().statusCode(200);
        String done = session.post("consent", "svcCode", institution.ownershipService, "decision", "agree").then().statusCode(200)
                .extract().asString();
        Matcher link = Pattern.compile("/aio365/provide/withdraw/[A-Za-z0-9_-]{43}").matcher(done);
        link.find();
        return link.group();
    }

    @Test
    void onlyTheConsentedServicesItemsUntilTheOwnerWithdraws() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("강서윤", "INDIVIDUAL");
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"));
        String withdrawLink = consent(institution, "강서윤", plate);

        read(institution.memberId, institution.insttCode, plate, "json").statusCode(200)
                .body("resultCode", equalTo("00")).body("insttCode", equalTo(institution.insttCode))
                .body("vehicle.carRegNo", equalTo(plate)).body("vehicle.carName", equalTo("공단차"))
                .body("vehicle.registeredOn", equalTo("2019-07-05"))
                .body("services.service", hasSize(1))
                .body("services.service[0].svcCode", equalTo(institution.ownershipService))
                .body("services.service[0].svcNm", equalTo("자동차 소유관계 확인 활용"))
                .body("services.service[0].consentedAt", matchesPattern("20[0-9]{12}"))
                .body("services.service[0].items.VEHICLE_BASIC.carName", equalTo("공단차"))
                .body("services.service[0].items.VEHICLE_BASIC.modelYear", equalTo("2019"))
                .body("services.service[0].items.MAINTENANCE_HISTORY", nullValue());
        // Each item's fields in the sheet's order.
        String json = read(institution.memberId, institution.insttCode, plate, "json").extract().asString();
        assertThat(json.indexOf("\"latestFact\"")).isLessThan(json.indexOf("\"registrationOffice\""));
        assertThat(json.indexOf("\"modelYear\"")).isLessThan(json.indexOf("\"carName\":\"공단차\"}"));
        // XML by default, in the result envelope.
        read(institution.memberId, institution.insttCode, plate, null).statusCode(200).contentType(containsString("xml"))
                .body("result.resultCode", equalTo("00"))
                .body("result.services.service.items.VEHICLE_BASIC.registrationOffice", notNullValue());

        // The owner's link: the page lists the consent, and withdrawing stops the very next call.
        given().get(withdrawLink).then().statusCode(200).body(containsString("자동차 소유관계 확인 활용")).body(containsString("동의함"));
        given().post(withdrawLink).then().statusCode(200).body(containsString("동의를 철회했습니다")).body(containsString("철회함"));
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"))
                .body("resultDetail", containsString("동의"));
        given().get("/aio365/provide/withdraw/" + "A".repeat(43)).then().statusCode(404).body(containsString("유효하지 않은 철회 링크"));
    }

    @Test
    void otherMembersKeysAndOtherInstitutionsAreRefused() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        TestInstitution other = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("오건우", "INDIVIDUAL");
        consent(institution, "오건우", plate);
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(200);
        // Another member's key, even naming this institution.
        read(other.memberId, institution.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"))
                .body("resultDetail", containsString(institution.insttCode));
        // The other institution, with its own key, has no consent for this vehicle.
        read(other.memberId, other.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"));
        // Missing and malformed parameters.
        read(institution.memberId, institution.insttCode, "", "json").statusCode(400).body("resultCode", equalTo("11"));
        read(institution.memberId, institution.insttCode, "ABC", "json").statusCode(400).body("resultCode", equalTo("10"));
        // A key of another product never reaches the resource.
        given().auth().oauth2(TestTokens.keyHolder("ev-charger", institution.memberId)).accept(ContentType.JSON)
                .queryParam("insttCode", institution.insttCode).queryParam("carRegNo", plate)
                .get("/aio365/api/vehicle").then().statusCode(403);
    }

    @Test
    void aVehicleThatChangedHandsIsNoLongerCoveredByTheOldOwnersConsent() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("서지호", "INDIVIDUAL");
        consent(institution, "서지호", plate);
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(200);
        kr.openapi.deploy.testing.ThroughTheGateway.asAdmin().contentType(ContentType.JSON)
                .body(java.util.List.of(java.util.Map.of("carRegNo", plate, "ownerName", "신채원", "ownership", "INDIVIDUAL",
                        "carName", "공단차", "registeredOn", "2019-07-05")))
                .post("/admin/consent/vehicles").then().statusCode(200).body("upserted", equalTo(1));
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"));
    }

    @Test
    void aNamesakeWhoNowOwnsTheVehicleIsNotCoveredByThePreviousOwnersConsent() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("김민준", "INDIVIDUAL");
        consent(institution, "김민준", plate);
        // The same owner imported again: the consent holds.
        registerOwner(plate, "김민준", "19890427");
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(200);
        // Sold to another 김민준, born another day: the consent was not theirs, and stays withdrawn if the name comes back.
        registerOwner(plate, "김민준", "19700707");
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"));
        registerOwner(plate, "김민준", "19890427");
        read(institution.memberId, institution.insttCode, plate, "json").statusCode(403).body("resultCode", equalTo("20"));
        // An import without the birth date keeps the known one, so a namesake imported next is still another owner.
        // (another institution: an entry is signed per second, and a replayed one is refused)
        TestInstitution another = TestInstitution.register(HashScheme.SHA256);
        String second = TestInstitution.vehicle("이서연", "INDIVIDUAL");
        consent(another, "이서연", second);
        registerOwner(second, "이서연", null);
        read(another.memberId, another.insttCode, second, "json").statusCode(200);
        registerOwner(second, "이서연", "19910202");
        read(another.memberId, another.insttCode, second, "json").statusCode(403).body("resultCode", equalTo("20"));
        kr.openapi.deploy.testing.ThroughTheGateway.asAdmin().queryParam("carRegNo", plate).get("/admin/consent/consents")
                .then().statusCode(200).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("WITHDRAWN")))
                .body("items[0].audit.reason", org.hamcrest.Matchers.hasItem("차량 소유자 변경"));
    }

    private static void registerOwner(String plate, String owner, String birthDate) {
        java.util.Map<String, String> vehicle = new java.util.HashMap<>(java.util.Map.of("carRegNo", plate, "ownerName", owner,
                "ownership", "INDIVIDUAL", "carName", "공단차", "registeredOn", "2019-07-05"));
        if (birthDate != null) {
            vehicle.put("ownerBirthDate", birthDate);
        }
        kr.openapi.deploy.testing.ThroughTheGateway.asAdmin().contentType(ContentType.JSON).body(java.util.List.of(vehicle))
                .post("/admin/consent/vehicles").then().statusCode(200).body("upserted", equalTo(1));
    }
}
