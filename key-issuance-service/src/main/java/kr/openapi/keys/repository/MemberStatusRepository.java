package kr.openapi.keys.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A member's status, read on every call a member makes. Plain SQL, no Hibernate session: the check runs before any
 * resource, on whatever thread the resource runs on (a page renders on a worker thread, where a reactive session
 * cannot be opened).
 */
@ApplicationScoped
public class MemberStatusRepository {

    private final Pool pool;

    public MemberStatusRepository(Pool pool) {
        this.pool = pool;
    }

    /** Whether the member exists and may act (not withdrawn). */
    public Uni<Boolean> isActive(long memberId) {
        return pool.preparedQuery("SELECT status FROM member WHERE id = $1").execute(Tuple.of(memberId))
                .map(rows -> rows.size() == 1 && Member.Status.ACTIVE.name().equals(rows.iterator().next().getString("status")));
    }
}
