package kr.openapi.catalog.rest;

import kr.openapi.common.security.Callers;

/** The callers the Gov24 APIs serve: holders of a key for this product (the gateway checked it; this checks again). */
final class KeyHolders {

    /** The product a key must be issued for, as key-issuance-service and the gateway's route name it. */
    static final String PRODUCT = "public-service-catalog";
    static final String CATALOG = Callers.KEY_OF + PRODUCT;

    private KeyHolders() {
    }
}
