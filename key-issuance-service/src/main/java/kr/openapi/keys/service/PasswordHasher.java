package kr.openapi.keys.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt (cost 12, about a quarter of a second): slow on purpose, so a stolen table cannot be brute-forced. The work
 * runs on a worker thread and the result comes back on the caller's event loop, where Hibernate Reactive continues.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int COST = 12;

    /** Hash compared against when the login id is unknown, so that timing does not reveal which ids exist. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such member", COST);

    private final Vertx vertx;

    public PasswordHasher(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.bcryptHash(password, COST)));
    }

    public Uni<Boolean> matches(String password, String hash) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.matches(password, hash == null ? DUMMY_HASH : hash)))
                .map(matches -> matches && hash != null);
    }
}
