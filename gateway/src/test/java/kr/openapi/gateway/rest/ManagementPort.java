package kr.openapi.gateway.rest;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway's management port in tests: {@code quarkus.management.test-port}, which the packaged gateway of the
 * integration tests also listens on (the build's failsafe configuration sets GATEWAY_MANAGEMENT_PORT to it).
 */
public final class ManagementPort {

    private ManagementPort() {
    }

    public static int get() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
