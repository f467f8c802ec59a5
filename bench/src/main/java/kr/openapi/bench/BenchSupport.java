package kr.openapi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.openapi.deploy.local.ServiceProcess;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.postgres.PostgresServer;
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

    /** A token as the gateway signs it for its own calls to upstream services, valid 30 minutes. */
    static String gatewayToken(Path privateKeyPem) throws Exception {
        return gatewayToken(privateKeyPem, "gateway", "gateway");
    }

    /** A token as the gateway signs it for upstream services, for this subject and groups, valid 30 minutes. */
    static String gatewayToken(Path privateKeyPem, String subject, String... groups) throws Exception {
        String base64 = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", groups);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    /** Signs up, applies for {@code product} from 127.0.0.1, approves with a quota no benchmark reaches, returns the key. */
    static String issueKey(String gateway, String product, String adminLogin, String adminPassword) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        post(http, gateway + "/api/v1/members", null, """
                {"loginId":"benchuser","password":"Secret!pw1","name":"홍길동","phone":"010-1234-5678","email":"b@example.com","address":"서울"}""");
        String member = token(post(http, gateway + "/api/v1/auth/login", null, "{\"loginId\":\"benchuser\",\"password\":\"Secret!pw1\"}"));
        String application = post(http, gateway + "/api/v1/applications", member,
                "{\"product\":\"" + product + "\",\"accessIps\":[\"127.0.0.1\"],\"reason\":\"benchmark\"}");
        String id = field(application, "id");
        String admin = token(post(http, gateway + "/api/v1/auth/login", null, "{\"loginId\":\"" + adminLogin + "\",\"password\":\"" + adminPassword + "\"}"));
        post(http, gateway + "/api/v1/admin/applications/" + id + "/approve", admin, "{\"dailyQuota\":100000000}");
        String keys = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/keys")).header("Authorization", "Bearer " + member)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return field(keys, "serviceKey");
    }

    static String post(HttpClient http, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String token(String loginResponse) {
        return field(loginResponse, "accessToken");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static void awaitReady(SuiteService service, String baseUrl) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!ServiceProcess.isReady(service, baseUrl)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(baseUrl + " did not become ready");
            }
            Thread.sleep(250);
        }
    }

    /**
     * Starts key-issuance (admin benchadmin), the service under test and the gateway, each on the embedded PostgreSQL
     * and waited for; answers the three processes in that order. {@code extra}: more environment for all three.
     */
    static List<ServiceProcess> startBehindGateway(Path root, Path work, PostgresServer postgres, SuiteEnvironment environment,
                                                   SuiteService upstream, Map<String, String> extra) throws Exception {
        List<ServiceProcess> started = new ArrayList<>();
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, upstream, SuiteService.GATEWAY)) {
            postgres.createDatabaseIfMissing(service.database());
            Map<String, String> env = new HashMap<>(environment.of(service));
            env.put("PORTAL_ADMIN_LOGIN", "benchadmin");
            env.put("PORTAL_ADMIN_PASSWORD", "Bench!admin1");
            env.put("QUARKUS_LOG_CATEGORY__GATEWAY_ACCESS__LEVEL", "WARN");
            env.putAll(extra);
            started.add(ServiceProcess.start(service, root, work.resolve(service.module() + ".log"), env));
            awaitReady(service, environment.urlOf(service));
        }
        return started;
    }
}
