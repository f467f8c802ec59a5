package kr.openapi.driver.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the JVM runner jar here; the native binary with -Dnative). */
@QuarkusIntegrationTest
class OperationsEndpointsIT extends OperationsEndpointsTest {
}
