package kr.openapi.gateway.rest;

import io.quarkus.runtime.LaunchMode;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import kr.openapi.gateway.policy.PolicyChain;
import kr.openapi.gateway.service.CanonicalPath;

/**
 * Sends every request through the {@link PolicyChain}, except the gateway's own admin API ({@code /admin/gateway/*})
 * and, in dev mode, Quarkus' dev UI ({@code /q/*}), which go on to Quarkus. Health, metrics and OpenAPI are on the
 * management port, not here: on the public port {@code /q/*} is an unknown route like any other. Decided on the
 * {@link CanonicalPath}: a path that is not canonical goes to the chain, which refuses it.
 */
@Singleton
public class GatewayRouter {

    void register(@Observes Router router, PolicyChain chain) {
        boolean devUi = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        router.route().order(-1000).handler(context -> {
            CanonicalPath canonical = CanonicalPath.of(context.request().path());
            String path = canonical.path();
            if (path != null && (path.startsWith("/admin/gateway/") || devUi && (path.startsWith("/q/") || path.equals("/q")))) {
                context.next();
            } else {
                chain.handle(context, canonical);
            }
        });
    }
}
