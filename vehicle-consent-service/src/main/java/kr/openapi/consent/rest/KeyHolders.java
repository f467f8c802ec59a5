package kr.openapi.consent.rest;

import kr.openapi.common.security.Callers;

/** Who may read vehicle data: holders of a key for this product (and then only their own institution's). */
final class KeyHolders {

    /** The product a key must be issued for, as key-issuance-service and the gateway's route name it. */
    static final String PRODUCT = "vehicle-info";
    static final String VEHICLE_INFO = Callers.KEY_OF + PRODUCT;

    private KeyHolders() {
    }
}
