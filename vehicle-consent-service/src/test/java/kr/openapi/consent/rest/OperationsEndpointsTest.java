package kr.openapi.consent.rest;

import io.quarkus.test.junit.QuarkusTest;
import kr.openapi.deploy.testing.OperationsEndpointsContract;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String documentedPath() {
        return "/admin/consent/institutions";
    }
}
