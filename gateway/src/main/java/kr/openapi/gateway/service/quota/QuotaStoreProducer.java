package kr.openapi.gateway.service.quota;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.redis.client.RedisAPI;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import kr.openapi.gateway.config.GatewayConfig;

/** Chooses the quota store from {@code gateway.quota.store}; Redis is connected only when chosen. */
@Singleton
public class QuotaStoreProducer {

    private QuotaStore store;

    @Produces
    @Singleton
    QuotaStore quotaStore(GatewayConfig config, Pool database, Vertx vertx, Instance<RedisAPI> redis) {
        store = config.quota().store() == GatewayConfig.Store.REDIS
                ? new RedisQuotaStore(redis.get(), database, vertx, config.quota())
                : new LocalQuotaStore(database, vertx, Clock.systemUTC());
        return store;
    }

    void flushOnShutdown(@Observes ShutdownEvent event) {
        if (store instanceof LocalQuotaStore local) {
            local.close();
        }
    }
}
