package kr.openapi.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kr.openapi.deploy.postgres.PostgresTestResource;

/** Every test of this module runs against a real PostgreSQL (embedded unless OPENAPI_PG_URL names a server). */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "public_service_catalog"))
public final class CatalogDatabase {
    private CatalogDatabase() {
    }
}
