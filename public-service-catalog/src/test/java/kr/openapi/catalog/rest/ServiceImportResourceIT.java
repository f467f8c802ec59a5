package kr.openapi.catalog.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class ServiceImportResourceIT extends ServiceImportResourceTest {
}
