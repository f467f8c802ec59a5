package kr.openapi.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.openapi.common.security.ServiceKeyHash;
import org.eclipse.microprofile.config.ConfigProvider;

/** Keys published through {@link UpstreamStub}'s feed, as key-issuance-service would publish them. */
public final class StubKeys {

    private static final AtomicInteger IDS = new AtomicInteger(1000);

    private StubKeys() {
    }

    public static String stubUrl() {
        return ConfigProvider.getConfig().getValue("upstream-stub.url", String.class);
    }

    /** A key as the feed describes it; {@code value} is what a client sends. */
    public record Key(String keyId, String value, String product, String status, LocalDate expiresOn, List<String> ips, int quota) {

        public Key with(String newStatus) {
            return new Key(keyId, value, product, newStatus, expiresOn, ips, quota);
        }
    }

    public static Key active(String product, int quota, String... ips) {
        int id = IDS.incrementAndGet();
        String value = "TestKey" + id + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN".substring(0, 38 - String.valueOf(id).length());
        return new Key(String.valueOf(id), value, product, "ACTIVE", LocalDate.now(ZoneId.of("Asia/Seoul")).plusYears(1),
                List.of(ips.length == 0 ? new String[] {"127.0.0.1"} : ips), quota);
    }

    /** Publishes the key (or its change) and waits until the gateway has applied it. */
    public static Key publish(Key key) {
        awaitApplied(change(key));
        return key;
    }

    /** Publishes the key (or its change) in the feed; returns its change number. */
    public static long change(Key key) {
        String seq = given().contentType(ContentType.JSON).body(Map.of("keyId", key.keyId(), "keyHash", ServiceKeyHash.of(key.value()),
                        "product", key.product(), "memberId", "77", "status", key.status(),
                        "issuedOn", key.expiresOn().minusYears(2).plusDays(1).toString(), "expiresOn", key.expiresOn().toString(),
                        "accessIps", key.ips(), "dailyQuota", key.quota()))
                .post(stubUrl() + "/_stub/keys").then().statusCode(200).extract().asString();
        return Long.parseLong(seq);
    }

    private static void awaitApplied(long seq) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Long.parseLong(given().get(stubUrl() + "/_stub/applied").asString()) < seq) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the gateway did not apply feed change " + seq + " within 5 s");
            }
            sleep(50);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
