package kr.openapi.catalog.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.openapi.deploy.testing.GatewayOnlyContract;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/openapi/org/cls/code";
    }
}
