package kr.openapi.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kr.openapi.deploy.postgres.PostgresTestResource;
import kr.openapi.deploy.testing.SecretsTestResource;

/**
 * Every test of this module runs against a real PostgreSQL (embedded unless OPENAPI_PG_URL names a server), with
 * generated keys (the test key signs both the gateway's internal tokens and the portal tokens tests mint), and with
 * {@link UpstreamStub} as key-issuance's feed and as the upstream services.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(SecretsTestResource.class)
@QuarkusTestResource(UpstreamStub.class)
public final class GatewayDatabase {
    private GatewayDatabase() {
    }
}
