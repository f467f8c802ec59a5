package kr.openapi.keys.rest;

import static io.restassured.RestAssured.given;
import static kr.openapi.keys.PortalFlows.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.keys.PortalFlows;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

    @Inject
    Pool database;

    @Test
    void signUpStoresPersonalDataEncryptedAndShowsItToItsOwner() {
        String loginId = PortalFlows.newLoginId("kim");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId))
                .when().post("/api/v1/members")
                .then().statusCode(201).body("loginId", equalTo(loginId));

        String token = PortalFlows.login(loginId, PortalFlows.PASSWORD);
        as(token).get("/api/v1/members/me").then().statusCode(200)
                .body("name", equalTo("홍길동")).body("phone", equalTo("010-1234-5678"))
                .body("email", equalTo(loginId + "@example.com")).body("addressDetail", equalTo("스마트그리드빌딩 3층"));

        Row stored = database.preparedQuery("SELECT * FROM member WHERE login_id = $1").execute(Tuple.of(loginId))
                .await().indefinitely().iterator().next();
        assertThat(stored.getString("phone_enc")).startsWith("v1:").doesNotContain("5678");
        assertThat(stored.getString("name_enc")).doesNotContain("홍길동");
        assertThat(stored.getString("email_enc")).doesNotContain("example.com");
        assertThat(stored.getString("password_hash")).startsWith("$2").doesNotContain(PortalFlows.PASSWORD);
    }

    @Test
    void acceptsThePhoneWholeOrInThreeParts() {
        Map<String, Object> form = new HashMap<>(PortalFlows.signUpForm(PortalFlows.newLoginId("lee")));
        form.remove("phone1");
        form.remove("phone2");
        form.remove("phone3");
        form.put("phone", "01098765432");
        given().contentType(ContentType.JSON).body(form).post("/api/v1/members").then().statusCode(201);
        as(PortalFlows.login((String) form.get("loginId"), PortalFlows.PASSWORD)).get("/api/v1/members/me")
                .then().body("phone", equalTo("010-9876-5432"));
    }

    @Test
    void everyFieldIsValidatedWithTheReason() {
        for (Object[] bad : new Object[][] {
                {"password", "Sh1!abc", "8~20"}, {"password", "alllowercase1!", "대소문자"}, {"password", "NoDigits!!aa", "대소문자"},
                {"password", "NoSpecial12aa", "대소문자"}, {"password", "Way!Too!Long!Password1", "8~20"},
                {"loginId", "9starts", "영문 소문자"}, {"loginId", "ab", "4~20"},
                {"email", "not-an-email", "이메일"}, {"name", "1234", "한글 또는 영문"}, {"phone1", "abc", "전화번호"}}) {
            Map<String, Object> form = new HashMap<>(PortalFlows.signUpForm(PortalFlows.newLoginId("bad")));
            form.put((String) bad[0], bad[1]);
            given().contentType(ContentType.JSON).accept(ContentType.JSON).body(form)
                    .when().post("/api/v1/members")
                    .then().statusCode(400).body("resultCode", equalTo("10"))
                    .body("resultDetail", containsString(bad[2] == null ? (String) bad[0] : (String) bad[2]));
        }
        Map<String, Object> missing = new HashMap<>(PortalFlows.signUpForm(PortalFlows.newLoginId("miss")));
        missing.remove("email");
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(missing).post("/api/v1/members")
                .then().statusCode(400).body("resultCode", equalTo("11")).body("resultDetail", containsString("email"));
    }

    @Test
    void aLoginIdCanBeTakenOnlyOnce() {
        String loginId = PortalFlows.newLoginId("dup");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(PortalFlows.signUpForm(loginId))
                .post("/api/v1/members")
                .then().statusCode(400).body("resultCode", equalTo("10")).body("resultDetail", containsString("이미 사용 중인 아이디"));
    }

    @Test
    void editingChangesTheProfileAndOptionallyThePassword() {
        String loginId = PortalFlows.newLoginId("edit");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        String token = PortalFlows.login(loginId, PortalFlows.PASSWORD);

        as(token).body(Map.of("name", "김철수", "phone", "02-123-4567", "email", "new@example.com", "address", "부산 해운대구"))
                .put("/api/v1/members/me").then().statusCode(200)
                .body("name", equalTo("김철수")).body("phone", equalTo("02-123-4567")).body("loginId", equalTo(loginId));
        PortalFlows.login(loginId, PortalFlows.PASSWORD);

        as(token).body(Map.of("password", "Changed!pw2", "name", "김철수", "phone", "010-1111-2222", "email", "new@example.com",
                        "address", "부산 해운대구"))
                .put("/api/v1/members/me").then().statusCode(200);
        PortalFlows.login(loginId, "Changed!pw2");
        as(token).body(Map.of("password", "weak", "name", "김철수", "phone", "010-1111-2222", "email", "a@b.kr", "address", "x"))
                .put("/api/v1/members/me").then().statusCode(400).body("resultDetail", containsString("password"));
    }

    @Test
    void withdrawalRevokesKeysErasesPersonalDataAndKeepsAnAuditRecord() {
        String loginId = PortalFlows.newLoginId("bye");
        given().contentType(ContentType.JSON).body(PortalFlows.signUpForm(loginId)).post("/api/v1/members").then().statusCode(201);
        String token = PortalFlows.login(loginId, PortalFlows.PASSWORD);
        long keyId = PortalFlows.approve(PortalFlows.apply(token, "ev-charger", List.of("203.0.113.10")), null);
        long pending = PortalFlows.apply(token, "driver-insurance", List.of("203.0.113.10"));

        // Every call with a member's token checks the member, pages rendered on a worker thread too.
        given().auth().oauth2(token).get("/portal/login").then().statusCode(200);
        as(token).delete("/api/v1/members/me").then().statusCode(204);

        Row member = database.preparedQuery("SELECT * FROM member WHERE login_id = $1").execute(Tuple.of(loginId))
                .await().indefinitely().iterator().next();
        assertThat(member.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(member.getString("name_enc")).isNull();
        assertThat(member.getString("phone_enc")).isNull();
        assertThat(status("service_key", keyId)).isEqualTo("REVOKED");
        assertThat(status("key_application", pending)).isEqualTo("REJECTED");
        List<String> actions = database.preparedQuery("SELECT action FROM audit_event WHERE subject_id = $1 OR subject_id = $2 ORDER BY id")
                .execute(Tuple.of(member.getLong("id"), keyId)).await().indefinitely().stream().map(r -> r.getString(0)).toList();
        assertThat(actions).contains("MEMBER_SIGNED_UP", "KEY_REVOKED", "MEMBER_WITHDRAWN");

        // The token issued before the withdrawal still verifies, but acts for nobody.
        as(token).body(Map.of("product", "ev-charger", "accessIps", List.of("203.0.113.10"), "reason", "탈퇴 후 신청"))
                .post("/api/v1/applications").then().statusCode(401);
        as(token).get("/api/v1/keys").then().statusCode(401);
        as(token).get("/api/v1/members/me").then().statusCode(401);

        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("loginId", loginId, "password", PortalFlows.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(PortalFlows.signUpForm(loginId))
                .post("/api/v1/members").then().statusCode(400);
    }

    private String status(String table, long id) {
        return database.preparedQuery("SELECT status FROM " + table + " WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getString(0);
    }
}
