package kr.openapi.charging.repository;

import io.vertx.pgclient.PgException;

/** Recognises the PostgreSQL errors that mean something to a caller. */
public final class SqlErrors {

    private SqlErrors() {
    }

    public static boolean isUniqueViolation(Throwable e) {
        return e instanceof PgException pg && "23505".equals(pg.getSqlState());
    }

    public static boolean isForeignKeyViolation(Throwable e) {
        return e instanceof PgException pg && "23503".equals(pg.getSqlState());
    }
}
