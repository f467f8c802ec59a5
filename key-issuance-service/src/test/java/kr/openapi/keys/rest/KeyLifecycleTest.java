package kr.openapi.keys.rest;

import static kr.openapi.keys.PortalFlows.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.openapi.common.security.ServiceKeyHash;
import kr.openapi.keys.PortalFlows;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyLifecycleTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @Inject
    Pool database;

    @Test
    void accessIpsMustBeRealAddressesOrBlocks() {
        String token = PortalFlows.newMember("ips");
        for (String[] bad : new String[][] {{"0.0.0.0", "모든 주소"}, {"999.1.1.1", "형식"}, {"10.0.0.0/40", "접두어"},
                {"my-server.example.com", "형식"}}) {
            as(token).body(Map.of("product", "ev-charger", "accessIps", List.of(bad[0]), "reason", "테스트"))
                    .post("/api/v1/applications")
                    .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString(bad[1]));
        }
        as(token).body(Map.of("product", "ev-charger", "accessIps", List.of(), "reason", "테스트"))
                .post("/api/v1/applications").then().statusCode(400).body("resultCode", equalTo("11"));
        as(token).body(Map.of("product", "no-such-api", "accessIps", List.of("128.0.0.1"), "reason", "테스트"))
                .post("/api/v1/applications").then().statusCode(400).body("resultDetail", containsString("no-such-api"));
    }

    @Test
    void anApplicationIsUnderReviewUntilApprovedThenShowsItsKey() {
        String token = PortalFlows.newMember("flow");
        long applicationId = PortalFlows.apply(token, "ev-charger", List.of("128.0.0.1", "2001:db8::/48"));
        as(token).get("/api/v1/applications").then().statusCode(200)
                .body("[0].id", equalTo((int) applicationId)).body("[0].status", equalTo("UNDER_REVIEW"))
                .body("[0].statusMessage", containsString("검토중")).body("[0].accessIps", equalTo(List.of("128.0.0.1", "2001:db8::/48")))
                .body("[0].reason", equalTo("테스트 신청입니다.")).body("[0].keys", hasSize(0));
        as(PortalFlows.admin()).get("/api/v1/admin/applications?status=UNDER_REVIEW").then().statusCode(200)
                .body("id", hasItem((int) applicationId));

        long keyId = PortalFlows.approve(applicationId, null);

        String serviceKey = as(token).get("/api/v1/applications").then().statusCode(200)
                .body("[0].status", equalTo("APPROVED")).body("[0].decidedOn", equalTo(TODAY.toString()))
                .body("[0].keys[0].issuedOn", equalTo(TODAY.toString()))
                .body("[0].keys[0].expiresOn", equalTo(TODAY.plusYears(2).minusDays(1).toString()))
                .body("[0].keys[0].dailyQuota", equalTo(500))
                .extract().path("[0].keys[0].serviceKey");
        assertThat(serviceKey).matches("[A-Za-z0-9]{45}");

        Row stored = database.preparedQuery("SELECT key_hash, key_enc FROM service_key WHERE id = $1").execute(Tuple.of(keyId))
                .await().indefinitely().iterator().next();
        assertThat(stored.getString("key_hash")).isEqualTo(ServiceKeyHash.of(serviceKey));
        assertThat(stored.getString("key_enc")).doesNotContain(serviceKey);

        as(token).get("/api/v1/keys").then().statusCode(200)
                .body("[0].serviceKey", equalTo(serviceKey)).body("[0].status", equalTo("ACTIVE"))
                .body("[0].callsToday", equalTo(0)).body("[0].reissuable", equalTo(false))
                .body("[0].reissuableFrom", equalTo(TODAY.plusYears(2).minusDays(31).toString()));
    }

    @Test
    void theAdminMaySetTheQuotaAndTheCatalogDefaultsToOneThousand() {
        String token = PortalFlows.newMember("quota");
        PortalFlows.approve(PortalFlows.apply(token, "public-service-catalog", List.of("198.51.100.7")), null);
        PortalFlows.approve(PortalFlows.apply(token, "ev-charger", List.of("198.51.100.7")), 3);
        as(token).get("/api/v1/keys").then()
                .body("find { it.product == 'public-service-catalog' }.dailyQuota", equalTo(1000))
                .body("find { it.product == 'ev-charger' }.dailyQuota", equalTo(3));
    }

    @Test
    void rejectionCarriesTheAdminsReasonAndCannotBeDecidedTwice() {
        String token = PortalFlows.newMember("rej");
        long applicationId = PortalFlows.apply(token, "vehicle-info", List.of("192.0.2.1"));
        as(PortalFlows.admin()).body(Map.of("reason", "기관 확인이 필요합니다")).post("/api/v1/admin/applications/" + applicationId + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        as(token).get("/api/v1/applications").then().body("[0].rejectReason", equalTo("기관 확인이 필요합니다"));
        as(PortalFlows.admin()).body(Map.of()).post("/api/v1/admin/applications/" + applicationId + "/approve")
                .then().statusCode(400).body("resultDetail", containsString("이미 처리된 신청"));
    }

    @Test
    void membersSeeOnlyTheirOwnApplicationsAndKeys() {
        String owner = PortalFlows.newMember("own");
        long keyId = PortalFlows.approve(PortalFlows.apply(owner, "ev-charger", List.of("192.0.2.10")), null);
        String stranger = PortalFlows.newMember("other");
        as(stranger).get("/api/v1/applications").then().statusCode(200).body("$", hasSize(0));
        as(stranger).get("/api/v1/keys").then().statusCode(200).body("$", hasSize(0));
        as(stranger).post("/api/v1/keys/" + keyId + "/reissue").then().statusCode(404).body("resultCode", equalTo("03"));
        as(stranger).get("/api/v1/keys/" + keyId + "/usage").then().statusCode(404).body("resultCode", equalTo("03"));
    }

    @Test
    void reissueOpensThirtyDaysBeforeExpiryAndTheOldKeyLivesOn() {
        String token = PortalFlows.newMember("renew");
        long applicationId = PortalFlows.apply(token, "ev-charger", List.of("192.0.2.20"));
        long keyId = PortalFlows.approve(applicationId, 700);
        LocalDate firstAllowed = TODAY.plusYears(2).minusDays(31);
        as(token).post("/api/v1/keys/" + keyId + "/reissue").then().statusCode(400)
                .body("resultCode", equalTo("10")).body("resultDetail", containsString(firstAllowed.toString()));

        // The key was issued long ago and expires in 10 days: inside the window.
        database.preparedQuery("UPDATE service_key SET issued_on = $1, expires_on = $2 WHERE id = $3")
                .execute(Tuple.of(TODAY.minusYears(2).plusDays(11), TODAY.plusDays(10), keyId)).await().indefinitely();
        as(token).get("/api/v1/keys").then().body("find { it.id == " + keyId + " }.reissuable", equalTo(true));

        as(token).post("/api/v1/keys/" + keyId + "/reissue").then().statusCode(200)
                .body("issuedOn", equalTo(TODAY.toString())).body("expiresOn", equalTo(TODAY.plusYears(2).minusDays(1).toString()))
                .body("dailyQuota", equalTo(700)).body("status", equalTo("ACTIVE"));
        as(token).get("/api/v1/keys").then().body("$", hasSize(2))
                .body("find { it.id == " + keyId + " }.status", equalTo("ACTIVE"))
                .body("find { it.id == " + keyId + " }.expiresOn", equalTo(TODAY.plusDays(10).toString()));
        as(token).post("/api/v1/keys/" + keyId + "/reissue").then().statusCode(400)
                .body("resultDetail", containsString("이미 재발급된 키"));
    }

    @Test
    void adminsSeeApplicantsButNeverKeyValues() {
        String token = PortalFlows.newMember("seen");
        long applicationId = PortalFlows.apply(token, "charging-platform", List.of("192.0.2.30"));
        PortalFlows.approve(applicationId, null);
        as(PortalFlows.admin()).get("/api/v1/admin/applications?status=approved").then().statusCode(200)
                .body("find { it.id == " + applicationId + " }.applicant", containsString("seen"))
                .body("find { it.id == " + applicationId + " }.keys[0].serviceKey", nullValue());
        as(PortalFlows.admin()).get("/api/v1/admin/applications?status=maybe").then().statusCode(400)
                .body("resultCode", equalTo("10"));
    }
}
