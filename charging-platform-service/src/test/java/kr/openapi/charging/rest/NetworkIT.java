package kr.openapi.charging.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the JVM runner jar here; the native binary with -Dnative). */
@QuarkusIntegrationTest
class NetworkIT extends NetworkTest {
}
