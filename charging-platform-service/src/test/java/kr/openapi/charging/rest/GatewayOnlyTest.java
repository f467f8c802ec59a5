package kr.openapi.charging.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;
import kr.openapi.deploy.testing.GatewayOnlyContract;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/admin/charging/operators/none";
    }

    /** The EV portal's aggregates: prices by operator and chargers by province. */
    @Override
    protected Set<String> publicOperations() {
        return Set.of("GET /ev/public/tariffs", "GET /ev/public/stats", "GET /ev/public/stations", "GET /ev/public/districts");
    }
}
