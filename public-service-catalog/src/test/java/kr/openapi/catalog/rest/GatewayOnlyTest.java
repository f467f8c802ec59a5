package kr.openapi.catalog.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;
import kr.openapi.deploy.testing.GatewayOnlyContract;
import kr.openapi.deploy.testing.TestTokens;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/openapi/org/cls/code";
    }

    @Override
    protected String apiCaller() {
        return TestTokens.keyHolder(KeyHolders.PRODUCT);
    }

    @Override
    protected Set<String> publicOperations() {
        return Set.of("GET /openapi/svc/all/list.excel");
    }
}
