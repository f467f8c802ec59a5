package kr.openapi.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kr.openapi.deploy.postgres.PostgresTestResource;
import kr.openapi.deploy.testing.SecretsTestResource;

/** Every test of this module runs against a real PostgreSQL (embedded unless OPENAPI_PG_URL names a server), with generated keys. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "public_service_catalog"))
@QuarkusTestResource(SecretsTestResource.class)
public final class CatalogDatabase {
    private CatalogDatabase() {
    }
}
