package kr.openapi.charging.rest;

import kr.openapi.common.security.Callers;

/** The callers of the operator API: holders of a key of this product (the gateway checked it; the service checks again). */
final class OperatorKeyHolders {

    static final String PRODUCT = "charging-platform";
    static final String OPERATORS = Callers.KEY_OF + PRODUCT;

    private OperatorKeyHolders() {
    }
}
