package kr.openapi.consent.rest;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import kr.openapi.consent.OwnerSession;
import kr.openapi.consent.TestInstitution;
import kr.openapi.consent.mapping.HashScheme;
import org.junit.jupiter.api.Test;

/** The code's validity and the resend count, with the clock shortened (3 minutes and 30 s would make slow tests). */
@QuarkusTest
@TestProfile(CodeLimitsTest.ShortClock.class)
class CodeLimitsTest {

    public static class ShortClock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("consent.code-validity", "PT1S", "consent.resend-interval", "PT0S");
        }
    }

    @Test
    void anExpiredCodeIsRefusedAndAFreshOneAcceptedAfterAResend() throws InterruptedException {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("조시우", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.sendCode("조시우", plate, "KT");
        Thread.sleep(1_200);
        owner.post("code", "code", "123456").then().statusCode(422).body(containsString("입력시간이 초과되었습니다"));
        owner.post("code", "resend", "1").then().statusCode(200).body(containsString("인증번호를 다시 보냈습니다"));
        owner.post("code", "code", "123456").then().statusCode(200).body(containsString("서비스 제공항목"));
    }

    @Test
    void aCodeIsSentAgainAtMostFiveTimes() {
        TestInstitution institution = TestInstitution.register(HashScheme.SHA256);
        String plate = TestInstitution.vehicle("권하은", "INDIVIDUAL");
        OwnerSession owner = OwnerSession.enter(institution.entry(null, null));
        owner.sendCode("권하은", plate, "LGU");
        for (int left = 4; left >= 0; left--) {
            owner.post("code", "resend", "1").then().statusCode(200).body(containsString("남은 재전송 " + left + "회"));
        }
        owner.post("code", "resend", "1").then().statusCode(422).body(containsString("재전송 횟수(5회)를 모두 사용했습니다"));
    }
}
