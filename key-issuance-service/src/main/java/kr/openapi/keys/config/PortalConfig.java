package kr.openapi.keys.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the developer portal. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** The first admin account, created at start when both are set and the login id is free. */
    Admin admin();

    Token token();

    Login login();

    /**
     * {@code PORTAL_API_BASE_URL}: the gateway's public address written into the usage guides' examples
     * ({@code https://api.example.go.kr}); without it, the address the page was asked on (the gateway's
     * {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}).
     */
    Optional<String> apiBaseUrl();

    interface Admin {
        /** {@code PORTAL_ADMIN_LOGIN}. */
        Optional<String> login();

        /** {@code PORTAL_ADMIN_PASSWORD}; must satisfy the portal's password rule. */
        Optional<String> password();
    }

    interface Token {
        /** Issuer written into portal tokens; the gateway (and, before it exists, this service) verifies it. */
        String issuer();

        /** How long a login lasts. */
        @WithDefault("PT1H")
        Duration lifetime();
    }

    interface Login {
        /** Consecutive wrong passwords that lock an account. */
        @WithDefault("5")
        int maxFailures();

        /** How long a locked account stays locked. */
        @WithDefault("PT10M")
        Duration lockDuration();
    }
}
