package kr.openapi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.secrets.KeyMaterial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The README's JWT key rotation, step by step on the packaged services: while the verification files hold the new
 * and the old public key, a gateway still signing with the old key and one already signing with the new key are
 * both served (as during a rolling update), and portal logins of either key are accepted; once the old public key
 * is removed, tokens of the old key are refused.
 */
class JwtKeyRotationIT {

    private static RunningServices services;

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void keysAreRotatedWithoutRefusingACallAndTheOldKeyIsRefusedOnceRetired() throws Exception {
        services = new RunningServices();
        Path rotation = Files.createDirectories(services.work.resolve("rotation"));
        KeyMaterial.PemKeyPair oldGateway = KeyMaterial.rsaKeyPair(services.work.resolve("keys"), "gateway-jwt");
        KeyMaterial.PemKeyPair oldPortal = KeyMaterial.rsaKeyPair(services.work.resolve("keys"), "portal-jwt");
        KeyMaterial.PemKeyPair newGateway = KeyMaterial.rsaKeyPair(rotation, "gateway-jwt");
        KeyMaterial.PemKeyPair newPortal = KeyMaterial.rsaKeyPair(rotation, "portal-jwt");
        String bothGateway = bundle(rotation.resolve("gateway-verify.pem"), newGateway.publicKey(), oldGateway.publicKey());
        String bothPortal = bundle(rotation.resolve("portal-verify.pem"), newPortal.publicKey(), oldPortal.publicKey());

        String keyIssuance = services.start(SuiteService.KEY_ISSUANCE, none());
        String catalog = services.start(SuiteService.PUBLIC_SERVICE_CATALOG, none());
        String oldSigner = services.start(SuiteService.GATEWAY, none());
        PortalClient portal = new PortalClient(oldSigner);
        String oldAdmin = portal.admin();
        String key = portal.keyFor(portal.signUp("rotation", "홍길동", "010-1234-5678"), oldAdmin, "public-service-catalog", 1000);
        assertServed(oldSigner, key);

        // 1. Every verifier takes both public keys; the signers still sign with the old ones.
        services.stop(catalog);
        services.start(SuiteService.PUBLIC_SERVICE_CATALOG, verifyGatewayWith(bothGateway));
        services.stop(keyIssuance);
        services.start(SuiteService.KEY_ISSUANCE, verifyGatewayWith(bothGateway));
        services.stop(oldSigner);
        services.start(SuiteService.GATEWAY, (service, env) -> env.put("PORTAL_JWT_VERIFY_KEY_LOCATION", bothPortal));
        assertServed(oldSigner, key);
        assertAdminAccepted(oldSigner, oldAdmin);

        // 2. The signers switch to the new keys, one pod at a time: old and new signers serve side by side.
        String newSigner = services.start(SuiteService.GATEWAY, "-new", 18_096, (service, env) -> {
            env.put("GATEWAY_JWT_SIGN_KEY_LOCATION", newGateway.privateKey().toUri().toString());
            env.put("PORTAL_JWT_VERIFY_KEY_LOCATION", bothPortal);
        });
        services.stop(keyIssuance);
        services.start(SuiteService.KEY_ISSUANCE, (service, env) -> {
            env.put("GATEWAY_JWT_VERIFY_KEY_LOCATION", bothGateway);
            env.put("PORTAL_JWT_SIGN_KEY_LOCATION", newPortal.privateKey().toUri().toString());
        });
        assertServed(newSigner, key);
        assertServed(oldSigner, key);
        String newAdmin = new PortalClient(newSigner).admin();
        assertAdminAccepted(oldSigner, newAdmin);
        assertAdminAccepted(newSigner, oldAdmin);

        // 3. The old public key is removed: what the old gateway key signs is refused, the new one is served.
        services.stop(catalog);
        services.start(SuiteService.PUBLIC_SERVICE_CATALOG, verifyGatewayWith(newGateway.publicKey().toUri().toString()));
        assertServed(newSigner, key);
        String refused = new PortalClient(oldSigner).gateway().get("/openapi/org/cls/code?serviceKey=" + key).asString();
        assertThat(refused).as("a call the old gateway key signed").doesNotContain("<resultCode>00</resultCode>");
    }

    private static BiConsumer<SuiteService, Map<String, String>> none() {
        return (service, env) -> {
        };
    }

    private static BiConsumer<SuiteService, Map<String, String>> verifyGatewayWith(String location) {
        return (service, env) -> env.put("GATEWAY_JWT_VERIFY_KEY_LOCATION", location);
    }

    /** A verification file holding several public keys, the new one first, as the README's rotation writes it. */
    private static String bundle(Path file, Path... publicKeys) throws Exception {
        StringBuilder pems = new StringBuilder();
        for (Path key : publicKeys) {
            pems.append(Files.readString(key)).append('\n');
        }
        return Files.writeString(file, pems).toUri().toString();
    }

    private static void assertServed(String gateway, String key) {
        PortalClient.eventually(() -> new PortalClient(gateway).gateway().get("/openapi/org/cls/code?serviceKey=" + key), 200,
                response -> response.asString().contains("<resultCode>00</resultCode>"));
    }

    private static void assertAdminAccepted(String gateway, String adminToken) {
        new PortalClient(gateway).gateway().auth().oauth2(adminToken).get("/api/v1/admin/applications").then().statusCode(200);
    }
}
