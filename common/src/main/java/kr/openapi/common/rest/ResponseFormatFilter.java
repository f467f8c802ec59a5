package kr.openapi.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the public-data format parameters ({@code _type=json}, {@code type=json}, {@code format=xml},
 * {@code dataType=JSON}) into an {@code Accept} header before matching, so that ordinary JAX-RS content negotiation
 * picks the writer and resources need not look at these parameters.
 */
@Provider
@PreMatching
public class ResponseFormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        ResponseFormat.fromParameters(query::getFirst).ifPresent(asked ->
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, asked.mediaType().withCharset(null).toString()));
    }
}
