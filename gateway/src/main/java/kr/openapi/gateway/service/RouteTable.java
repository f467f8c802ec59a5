package kr.openapi.gateway.service;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.gateway.config.GatewayConfig;

/** The configured routes, longest prefix first, so that the most specific route wins. */
@Singleton
public class RouteTable {

    private final List<GatewayRoute> routes;

    public RouteTable(GatewayConfig config) {
        List<GatewayRoute> all = new ArrayList<>();
        config.routes().forEach((name, route) -> {
            if (!config.upstreams().containsKey(route.upstream())) {
                throw new IllegalStateException("route " + name + " names an unknown upstream: " + route.upstream());
            }
            if (route.auth() == GatewayConfig.Auth.SERVICE_KEY && route.product().isEmpty()) {
                throw new IllegalStateException("route " + name + " checks service keys but names no product");
            }
            for (String prefix : route.prefixes()) {
                all.add(new GatewayRoute(name, prefix, route.upstream(), route.auth(), route.product().orElse(null), route.dialect(),
                        route.timeout().orElse(null), route.errorStatus(), route.defaultFormat(),
                        route.maxBodySize().orElse(config.maxBodySize()).asLongValue()));
            }
        });
        all.sort(Comparator.comparingInt((GatewayRoute r) -> r.prefix().length()).reversed());
        this.routes = List.copyOf(all);
    }

    public Optional<GatewayRoute> match(String path) {
        for (GatewayRoute route : routes) {
            if (route.matches(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /**
     * The route whose dialect answers a request that matched nothing: the platform's own {@code result} envelope.
     * The gateway's own API goes out on it too, with no body limit of the gateway's (its Quarkus server has one).
     */
    public static GatewayRoute unmatched() {
        return new GatewayRoute("none", "/", "none", GatewayConfig.Auth.NONE, null, GatewayConfig.Dialect.RESULT, null,
                GatewayConfig.ErrorStatus.HTTP, ResponseFormat.XML, Long.MAX_VALUE);
    }
}
