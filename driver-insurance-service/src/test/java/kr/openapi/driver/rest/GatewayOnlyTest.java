package kr.openapi.driver.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;
import kr.openapi.deploy.testing.GatewayOnlyContract;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/admin/driver/clients/none";
    }

    /** The driver's consent page: its unguessable link is the credential. */
    @Override
    protected Set<String> publicOperations() {
        return Set.of("GET /driver/consent/{token}", "POST /driver/consent/{token}");
    }
}
