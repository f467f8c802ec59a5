package kr.openapi.keys.rest;

import io.quarkus.test.junit.QuarkusTest;
import kr.openapi.deploy.testing.OperationsEndpointsContract;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/api/v1/products";
    }
}
