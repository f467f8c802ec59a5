package kr.openapi.driver.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The guide tells clients to send {@code Content-Type: application/json:charset=UTF-8} (a colon where a semicolon
 * belongs), which no media-type parser accepts; a client that copied it must still be served. On the protocol's
 * paths such a header is read as the JSON it means.
 */
public class SeedContentTypeFilter {

    @ServerRequestFilter(preMatching = true)
    public void repairSeedContentType(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && request.getUriInfo().getPath().startsWith("/driver/v1/")
                && type.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("application/json:")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, DriverProtocolResource.JSON_UTF8);
        }
    }
}
