package kr.openapi.keys.rest;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The member a request acts for: the {@code sub} claim of its verified token. */
@RequestScoped
public class CurrentMember {

    private final JsonWebToken token;

    public CurrentMember(JsonWebToken token) {
        this.token = token;
    }

    public long id() {
        return Long.parseLong(token.getSubject());
    }
}
