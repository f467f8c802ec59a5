package kr.openapi.consent.rest;

import static kr.openapi.deploy.testing.ThroughTheGateway.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import kr.openapi.consent.OwnerSession;
import kr.openapi.consent.TestInstitution;
import kr.openapi.consent.mapping.HashScheme;
import kr.openapi.consent.service.ConsentFlowService;
import org.junit.jupiter.api.Test;

/** Steps 3 to 7 at the HTTP level: the owner check, identity, the code's limits, and what agreeing records. */
@QuarkusTest
class ConsentFlowTest {

    @Test
    void anOwnerConsentsToTheTickedServiceOnly() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("이서연", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));

        Response consentPage = owner.verify("이서연", plate);
        consentPage.then().statusCode(200)
                .body(containsString("***" + plate.substring(plate.length() - 4)))
                .body(containsString("공단차")).body(containsString("2019.07.05"))
                .body(containsString("자동차 소유관계 확인 활용")).body(containsString("정비이력, 검사정보"))
                .body(not(containsString(plate)));
        owner.post("consent", "decision", "agree").then().statusCode(422).body(containsString("하나 이상 선택"));

        Response done = owner.post("consent", "svcCode", institution.ownershipService, "decision", "agree");
        done.then().statusCode(200).body(containsString("동의가 완료되었습니다"))
                .body(containsString(institution.siteUrl + "/consent/agreed"));
        assertThat(done.asString()).containsPattern("/aio365/provide/withdraw/[A-Za-z0-9_-]{43}");

        asAdmin().accept(ContentType.JSON).queryParam("carRegNo", plate).get("/admin/consent/consents").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].svcCode", equalTo(institution.ownershipService))
                .body("items[0].insttCode", equalTo(institution.insttCode))
                .body("items[0].carRegNo", equalTo("***" + plate.substring(plate.length() - 4)))
                .body("items[0].status", equalTo("GIVEN"))
                .body("items[0].items", equalTo(List.of("VEHICLE_BASIC")))
                .body("items[0].audit[0].action", equalTo("GIVEN")).body("items[0].audit[0].by", equalTo("OWNER"));
        // The session is over.
        owner.post("consent", "svcCode", institution.maintenanceService, "decision", "agree").then().statusCode(409);
    }

    @Test
    void theOwnerCheckRefusesOtherNamesAndJointOwnership() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String joint = TestInstitution.vehicle("김공동", "JOINT");
        String corporate = TestInstitution.vehicle("(주)한빛렌터카", "CORPORATE");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.post("owner", "carOwner", "박도윤", "carRegNo", joint).then().statusCode(422)
                .body(containsString("차량 소유자 이름과 차량 등록번호가 일치하지 않습니다."));
        owner.post("owner", "carOwner", "김공동", "carRegNo", joint).then().statusCode(422)
                .body(containsString(ConsentFlowService.NOT_INDIVIDUAL));
        owner.post("owner", "carOwner", "(주)한빛렌터카", "carRegNo", corporate).then().statusCode(422)
                .body(containsString(ConsentFlowService.NOT_INDIVIDUAL));
    }

    @Test
    void theRegistryCannotBeProbedPastFiveWrongOwners() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("정하준", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        for (int i = 0; i < 4; i++) {
            owner.post("owner", "carOwner", "아무개" + i, "carRegNo", plate).then().statusCode(422);
        }
        owner.post("owner", "carOwner", "아무개", "carRegNo", plate).then().statusCode(403).body(containsString("잠겼습니다"));
        owner.post("owner", "carOwner", "정하준", "carRegNo", plate).then().statusCode(403).body(containsString("잠겼습니다"));
    }

    @Test
    void theVerifiedNameMustBeTheOwnersName() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("최지우", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.post("owner", "carOwner", "최지우", "carRegNo", plate).then().statusCode(200);
        owner.post("carrier", "carrier", "LGU").then().statusCode(200).body(containsString("LGU+"));
        owner.post("identity", "name", "최지유", "nationality", "L", "birthDate", "19890427", "sex", "F", "phone", "01012345678",
                "agreeAll", "Y").then().statusCode(422).body(containsString("같지 않아 동의를 진행할 수 없습니다"));
        owner.post("identity", "name", "최지우", "nationality", "L", "birthDate", "19890427", "sex", "F", "phone", "01012345678")
                .then().statusCode(422).body(containsString("약관에 모두 동의"));
        for (String unticked : new String[] {"", "N", "false"}) {
            owner.post("identity", "name", "최지우", "nationality", "L", "birthDate", "19890427", "sex", "F", "phone", "01012345678",
                    "agreeAll", unticked).then().statusCode(422).body(containsString("약관에 모두 동의"));
        }
        owner.post("identity", "name", "최지우", "nationality", "L", "birthDate", "19891332", "sex", "F", "phone", "01012345678",
                "agreeAll", "Y").then().statusCode(422).body(containsString("생년월일"));
        owner.post("identity", "name", "최지우", "nationality", "L", "birthDate", "19890427", "sex", "F", "phone", "010-1234-5678",
                "agreePrivacy", "Y", "agreeUniqueId", "Y", "agreeService", "Y", "agreeCarrier", "Y")
                .then().statusCode(200).body(containsString("010-****-5678")).body(containsString("인증번호"));
    }

    @Test
    void fiveWrongCodesLockTheSession() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("윤지민", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.sendCode("윤지민", plate, "SKT");
        for (String wrong : new String[] {"12345", "abcdef", "", "1234567"}) {
            owner.post("code", "code", wrong).then().statusCode(422).body(containsString("인증번호가 올바르지 않습니다"));
        }
        owner.post("code", "code", "12 345").then().statusCode(403).body(containsString("잠겼습니다"));
        owner.post("code", "code", "191919").then().statusCode(403);
    }

    @Test
    void resendIsLimitedInPace() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("장예준", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.sendCode("장예준", plate, "MVNO").then().body(containsString("알뜰폰"));
        owner.post("code", "resend", "1").then().statusCode(422).body(containsString("30초 후에 다시 요청해 주세요"));
        owner.post("code", "code", "000000").then().statusCode(200).body(containsString("서비스 제공항목"));
    }

    @Test
    void formsNeedTheSessionAndItsToken() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        io.restassured.RestAssured.given().cookie(ConsentPageRenderer.SESSION_COOKIE, owner.cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "forged").formParam("carOwner", "x").formParam("carRegNo", "12가3456")
                .post("/aio365/provide/owner").then().statusCode(403).contentType(containsString("text/html"));
        io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("csrf", "x")
                .post("/aio365/provide/owner").then().statusCode(400).body(containsString("기관 사이트에서 다시 시작해 주세요"));
        io.restassured.RestAssured.given().get("/aio365/provide/nothing-here").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("페이지를 찾을 수 없습니다"));
    }

    @Test
    void cancellingLeadsToTheInstitutionsDeclineAddress() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("임수아", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.verify("임수아", plate).then().statusCode(200);
        owner.post("consent", "svcCode", institution.ownershipService, "decision", "cancel").then().statusCode(303)
                .header("Location", institution.siteUrl + "/consent/declined");
        asAdmin().accept(ContentType.JSON).queryParam("carRegNo", plate).get("/admin/consent/consents").then().body("items", hasSize(0));
    }

    @Test
    void staffWithdrawAConsentWithAReason() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("한주원", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.verify("한주원", plate);
        owner.post("consent", "svcCode", institution.ownershipService, "svcCode", institution.maintenanceService, "decision", "agree")
                .then().statusCode(200);
        String consentId = asAdmin().accept(ContentType.JSON).queryParam("insttCode", institution.insttCode).get("/admin/consent/consents")
                .then().body("items", hasSize(2)).extract().path("items[0].consentId");
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("reason", "소유자 전화 요청"))
                .post("/admin/consent/consents/" + consentId + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("audit", hasSize(2))
                .body("audit[1].action", equalTo("WITHDRAWN")).body("audit[1].by", equalTo("STAFF"))
                .body("audit[1].reason", equalTo("소유자 전화 요청"));
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/admin/consent/consents/" + consentId + "/withdraw").then().statusCode(400).body("resultCode", equalTo("10"));
        asAdmin().accept(ContentType.JSON).get("/admin/consent/consents").then().statusCode(400).body("resultCode", equalTo("11"));
        // A NUL byte cannot reach the database as a search or a stored reason.
        asAdmin().accept(ContentType.JSON).urlEncodingEnabled(false).get("/admin/consent/consents?insttCode=%00").then()
                .statusCode(400).body("resultCode", equalTo("10"));
        asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("reason", "a\u0000b"))
                .post("/admin/consent/consents/" + consentId + "/withdraw").then().statusCode(400).body("resultCode", equalTo("10"));
    }
}
