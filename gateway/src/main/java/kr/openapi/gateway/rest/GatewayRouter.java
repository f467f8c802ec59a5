package kr.openapi.gateway.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import kr.openapi.gateway.policy.PolicyChain;
import kr.openapi.gateway.service.CanonicalPath;

/**
 * Sends every request through the {@link PolicyChain}, except the gateway's own endpoints: {@code /q/*} (health,
 * metrics, OpenAPI) and {@code /admin/gateway/*}, which go on to Quarkus. Both are decided on the
 * {@link CanonicalPath}: a path that is not canonical goes to the chain, which refuses it.
 */
@Singleton
public class GatewayRouter {

    void register(@Observes Router router, PolicyChain chain) {
        router.route().order(-1000).handler(context -> {
            CanonicalPath canonical = CanonicalPath.of(context.request().path());
            String path = canonical.path();
            if (path != null && (path.startsWith("/q/") || path.equals("/q") || path.startsWith("/admin/gateway/"))) {
                context.next();
            } else {
                chain.handle(context, canonical);
            }
        });
    }
}
