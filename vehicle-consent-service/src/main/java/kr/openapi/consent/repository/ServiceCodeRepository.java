package kr.openapi.consent.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class ServiceCodeRepository {

    private final Pool pool;

    public ServiceCodeRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(ServiceCode service) {
        return pool.preparedQuery("INSERT INTO consent_service (svc_code, instt_code, name, items) VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(service.svcCode(), service.insttCode(), service.name(), service.items().toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** The services of these codes that exist, in the order asked. */
    public Uni<List<ServiceCode>> find(List<String> svcCodes) {
        return pool.preparedQuery("SELECT svc_code, instt_code, name, items FROM consent_service WHERE svc_code = ANY($1)")
                .execute(Tuple.of(svcCodes.toArray(String[]::new)))
                .map(rows -> {
                    List<ServiceCode> found = new java.util.ArrayList<>();
                    rows.forEach(row -> found.add(of(row)));
                    found.sort(java.util.Comparator.comparingInt(service -> svcCodes.indexOf(service.svcCode())));
                    return found;
                });
    }

    static ServiceCode of(Row row) {
        return new ServiceCode(row.getString("svc_code"), row.getString("instt_code"), row.getString("name"),
                Arrays.asList(row.getArrayOfStrings("items")));
    }
}
