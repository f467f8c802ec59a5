package kr.openapi.keys.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.openapi.deploy.testing.GatewayOnlyContract;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/api/v1/products";
    }
}
