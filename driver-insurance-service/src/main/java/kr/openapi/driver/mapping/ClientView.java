package kr.openapi.driver.mapping;

import java.time.OffsetDateTime;
import kr.openapi.driver.repository.Client;

public record ClientView(String clientKey, String appBizCode, String name, OffsetDateTime registeredAt) {

    public static ClientView of(Client client) {
        return new ClientView(client.clientKey, client.appBizCode, client.name, client.createdAt);
    }
}
