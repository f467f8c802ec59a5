package kr.openapi.keys.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;
import kr.openapi.deploy.testing.GatewayOnlyContract;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/api/v1/products";
    }

    /** Sign-up, login, the product catalogue and the page shells (their data comes from the API, with a token). */
    @Override
    protected Set<String> publicOperations() {
        return Set.of("POST /api/v1/auth/login", "POST /api/v1/members", "GET /api/v1/products", "GET /api/v1/products/{code}",
                "GET /portal", "GET /portal/admin", "GET /portal/applications", "GET /portal/login", "GET /portal/mypage",
                "GET /portal/products/{code}", "GET /portal/signup", "GET /portal/ev/tariffs", "GET /portal/ev/stations",
                "GET /portal/ev/stats", "GET /portal/guide/apply", "GET /portal/guide/use", "GET /portal/guide/use/{product}.pdf");
    }
}
