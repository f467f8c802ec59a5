package kr.openapi.catalog.rest;

import io.restassured.specification.RequestSpecification;
import kr.openapi.deploy.testing.ThroughTheGateway;

/** Requests as they arrive through the gateway: from a holder of a catalogue key, or from a portal administrator. */
final class CatalogClients {

    private CatalogClients() {
    }

    static RequestSpecification keyHolder() {
        return ThroughTheGateway.asKeyHolder(KeyHolders.PRODUCT);
    }

    static RequestSpecification admin() {
        return ThroughTheGateway.asAdmin();
    }
}
