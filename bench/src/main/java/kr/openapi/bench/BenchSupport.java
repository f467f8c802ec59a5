package kr.openapi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/** What the benchmarks share: the gateway's token for calling a service directly, and percentiles. */
final class BenchSupport {

    /** The issuer services expect on the gateway's tokens (common's shared settings). */
    private static final String ISSUER = "https://gateway.openapi.local";

    private BenchSupport() {
    }

    /** The nearest-rank percentile of the values (100 = the maximum). */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** A token as the gateway signs it for upstream services, valid 30 minutes. */
    static String gatewayToken(Path privateKeyPem) throws Exception {
        String base64 = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("gateway");
        claims.setClaim("upn", "gateway");
        claims.setStringListClaim("groups", "gateway");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }
}
