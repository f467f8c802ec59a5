package kr.openapi.consent.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;
import kr.openapi.deploy.testing.GatewayOnlyContract;

@QuarkusTest
@TestProfile(GatewayOnlyContract.Enforced.class)
class GatewayOnlyTest extends GatewayOnlyContract {

    @Override
    protected String apiPath() {
        return "/admin/consent/institutions/NONE";
    }

    /** The owner's pages: the signed entry, the session's steps, and the withdrawal link are their credentials. */
    @Override
    protected Set<String> publicOperations() {
        return Set.of("POST /aio365/provide/ProvideContent.do", "GET /aio365/provide/flow", "POST /aio365/provide/owner",
                "POST /aio365/provide/carrier", "POST /aio365/provide/identity", "POST /aio365/provide/code",
                "POST /aio365/provide/consent", "POST /aio365/provide/cancel", "GET /aio365/provide/withdraw/{token}",
                "POST /aio365/provide/withdraw/{token}");
    }
}
