package kr.openapi.driver.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a driver's personal consent link points: the gateway's public address ({@code driver.consent.base-url},
 * empty for a path relative to it) and the page's path.
 */
@ApplicationScoped
public class ConsentLinks {

    public static final String PATH = "/driver/consent/";

    private final String baseUrl;

    public ConsentLinks(@ConfigProperty(name = "driver.consent.base-url", defaultValue = " ") String baseUrl) {
        String trimmed = baseUrl.strip();
        this.baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    public String linkOf(String token) {
        return baseUrl + PATH + token;
    }
}
