package kr.openapi.gateway.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import kr.openapi.deploy.testing.PathAttacks;
import kr.openapi.deploy.testing.RawHttp;
import kr.openapi.deploy.testing.TestTokens;
import kr.openapi.gateway.StubKeys;
import org.junit.jupiter.api.Test;

/**
 * The gateway routes and forwards one canonical path: no spelling of a dot segment walks from a keyless route to a
 * guarded path (the stub upstream would answer 200 with an echo had anything been forwarded).
 */
@QuarkusTest
class PathTraversalTest {

    private static final List<String> KEYLESS_PREFIXES = List.of("/openapi/svc/all/list.excel", "/aio365/provide/", "/portal/",
            "/api/v1/");
    private static final List<String> GUARDED_TARGETS = List.of("admin/catalog/services", "openapi/svc/list", "internal/v1/keys",
            "api/v1/admin/applications", "admin/consent/institutions", "admin/gateway/quotas/1");

    @TestHTTPResource("/")
    URI base;

    @Test
    void everySpellingOfDotDotFromAKeylessRouteIsRefusedWith400AndNotForwarded() {
        List<String> notRefused = new ArrayList<>();
        int sent = 0;
        for (String prefix : KEYLESS_PREFIXES) {
            for (String target : GUARDED_TARGETS) {
                for (String path : PathAttacks.from(prefix, target)) {
                    RawHttp.Answer answer = RawHttp.get(base.getHost(), base.getPort(), path);
                    sent++;
                    if (answer.status() != 400 || answer.body().contains("\"path\"")) {
                        notRefused.add(path + " -> " + answer.status() + " " + answer.body().substring(0, Math.min(120, answer.body().length())));
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(1000);
        assertThat(notRefused).isEmpty();
    }

    @Test
    void aRefusalIsCode10InTheDialectOfTheRouteThePathLooksLike() {
        RawHttp.Answer catalog = RawHttp.get(base.getHost(), base.getPort(), "/openapi/svc/all/list.excel/../../admin/catalog/services");
        assertThat(catalog.status()).isEqualTo(400);
        assertThat(catalog.body()).contains("<resultCode>10</resultCode>").contains("..");
        RawHttp.Answer driver = RawHttp.get(base.getHost(), base.getPort(), "/driver/v1/%2e%2e/getToken");
        assertThat(driver.status()).isEqualTo(400);
        assertThat(driver.body()).contains("\"resBizCode\":\"G010\"");
        RawHttp.Answer nowhere = RawHttp.get(base.getHost(), base.getPort(), "/x/%00");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body()).contains("<resultCode>10</resultCode>");
    }

    @Test
    void harmlessFormsAreResolvedThenRoutedAndForwardedAsResolved() {
        given().urlEncodingEnabled(false).get("//openapi//svc/all/list.excel").then().statusCode(200)
                .body("path", equalTo("/openapi/svc/all/list.excel"));
        // An encoded letter cannot hide an admin path from the admin route's check.
        RawHttp.Answer hidden = RawHttp.get(base.getHost(), base.getPort(), "/api/v1/%61dmin/applications");
        assertThat(hidden.status()).isEqualTo(401);
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.admin()).get("/api/v1/%61dmin/applications")
                .then().statusCode(200).body("path", equalTo("/api/v1/admin/applications"));
        StubKeys.Key key = StubKeys.publish(StubKeys.active("public-service-catalog", 100));
        given().urlEncodingEnabled(false).get("/openapi/svc/%6Cist?serviceKey=" + key.value()).then().statusCode(200)
                .body("path", equalTo("/openapi/svc/list"));
    }

    @Test
    void theGatewaysOwnEndpointsCannotBeReachedByAWalkEither() {
        RawHttp.Answer walk = RawHttp.get(base.getHost(), base.getPort(), "/q/../admin/gateway/quotas/1");
        assertThat(walk.status()).isEqualTo(400);
    }
}
