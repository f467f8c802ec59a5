package kr.openapi.driver.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, String> {

    @WithSession
    public Uni<Client> findByKey(String clientKey) {
        return findById(clientKey);
    }

    @WithSession
    public Uni<Client> findByBusiness(String appBizCode) {
        return find("appBizCode", appBizCode).firstResult();
    }

    public Uni<Boolean> existsForBusiness(String appBizCode) {
        return count("appBizCode", appBizCode).map(n -> n > 0);
    }
}
