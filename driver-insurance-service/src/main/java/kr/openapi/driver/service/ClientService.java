package kr.openapi.driver.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.openapi.common.result.ApiException;
import kr.openapi.driver.mapping.NewClient;
import kr.openapi.driver.repository.Client;
import kr.openapi.driver.repository.ClientRepository;

@ApplicationScoped
public class ClientService {

    private final ClientRepository clients;

    public ClientService(ClientRepository clients) {
        this.clients = clients;
    }

    /** Onboards a company and issues its clientKey (36 characters, random: it identifies, the secret authenticates). */
    @WithTransaction
    public Uni<Client> onboard(NewClient request) {
        return clients.existsForBusiness(request.appBizCode())
                .invoke(exists -> {
                    if (exists) {
                        throw ApiException.invalidParameter("이미 등록된 사업자등록번호입니다: " + request.appBizCode());
                    }
                })
                .replaceWith(() -> {
                    Client client = new Client();
                    client.clientKey = UUID.randomUUID().toString();
                    client.appBizCode = request.appBizCode();
                    client.name = request.name().strip();
                    client.createdAt = OffsetDateTime.now();
                    return client;
                })
                .call(clients::persist);
    }

    /**
     * Issues a new clientSecurity (36 characters, shown once) and forgets the old one: only its hash is stored, and a
     * token asked for with the old one is refused from now on.
     */
    @WithTransaction
    public Uni<String> rotateSecurity(String clientKey) {
        String security = Secrets.random(36);
        return get(clientKey).invoke(client -> {
            client.securityHash = Secrets.hash(security);
            client.securityRotatedAt = OffsetDateTime.now();
        }).replaceWith(security);
    }

    public Uni<Client> get(String clientKey) {
        return clients.findByKey(clientKey)
                .onItem().ifNull().failWith(() -> ApiException.noData("등록되지 않은 clientKey입니다"));
    }
}
