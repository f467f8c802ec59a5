package kr.openapi.catalog.repository;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import java.time.Duration;
import java.util.List;

/**
 * One import's transaction: services are written a batch at a time as the file is read, and become visible only
 * on {@link #commit()}; closing without a commit rolls back every batch. Blocking (it waits for each statement), so
 * that reading the file and writing it proceed in step on one worker thread.
 */
public final class ServiceBatchWriter implements AutoCloseable {

    private static final Duration STATEMENT_PATIENCE = Duration.ofMinutes(2);

    private final SqlConnection connection;
    private final Transaction transaction;
    private int inserted;
    private int updated;
    private boolean committed;

    private ServiceBatchWriter(SqlConnection connection, Transaction transaction) {
        this.connection = connection;
        this.transaction = transaction;
    }

    static ServiceBatchWriter open(Pool pool) {
        SqlConnection connection = pool.getConnection().await().atMost(STATEMENT_PATIENCE);
        try {
            Transaction transaction = connection.begin().await().atMost(STATEMENT_PATIENCE);
            // An acknowledged import is on disk even where the server commits asynchronously; and only a flushed
            // commit lets the VACUUM that follows a large load mark its pages all-visible (index-only counts).
            connection.query("SET LOCAL synchronous_commit TO on").execute().await().atMost(STATEMENT_PATIENCE);
            return new ServiceBatchWriter(connection, transaction);
        } catch (RuntimeException e) {
            connection.closeAndAwait();
            throw e;
        }
    }

    /** Adds new services and rewrites changed ones; identical ones are left alone (view counts are always kept). */
    public void write(List<PublicService> services) {
        if (services.isEmpty()) {
            return;
        }
        PublicServiceRepository.UpsertCounts counts =
                PublicServiceRepository.upsert(connection, services).await().atMost(STATEMENT_PATIENCE);
        inserted += counts.inserted();
        updated += counts.updated();
    }

    public void commit() {
        transaction.commit().await().atMost(STATEMENT_PATIENCE);
        committed = true;
    }

    public int inserted() {
        return inserted;
    }

    public int updated() {
        return updated;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                transaction.rollback().await().atMost(STATEMENT_PATIENCE);
            }
        } catch (RuntimeException alreadyEnded) {
            // A failed statement ends its transaction by itself; there is nothing left to roll back.
        } finally {
            connection.closeAndAwait();
        }
    }
}
