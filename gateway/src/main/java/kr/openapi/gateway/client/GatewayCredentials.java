package kr.openapi.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import kr.openapi.gateway.service.InternalTokens;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Puts the gateway's own token (group {@code gateway}) on its calls to internal endpoints. */
@ApplicationScoped
public class GatewayCredentials implements ClientHeadersFactory {

    private final InternalTokens tokens;

    public GatewayCredentials(InternalTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", tokens.authorizationFor(InternalTokens.Identity.gateway()).toString());
        return headers;
    }
}
