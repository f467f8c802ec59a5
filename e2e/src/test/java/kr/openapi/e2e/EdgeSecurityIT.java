package kr.openapi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.openapi.deploy.local.SuiteEnvironment;
import kr.openapi.deploy.local.SuiteService;
import kr.openapi.deploy.testing.OpenApiOperations.Operation;
import kr.openapi.deploy.testing.OpenApiOperations;
import kr.openapi.deploy.testing.PathAttacks;
import kr.openapi.deploy.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole suite (six packaged services) tried as an attacker and as a careless client would, through the gateway:
 * walks from keyless routes towards guarded paths change nothing, and malformed input to every operation of every
 * service's OpenAPI document (so also those built later) never ends in a 5xx or a stack trace.
 */
// The malformed-input walk acts as an admin on the sample ids of every path (it suspends key 1, for one): it goes last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeSecurityIT {

    /** Keyed route prefixes and the product whose key they take, as the gateway's route table has them. */
    private static final Map<String, String> KEYED_PREFIXES = Map.of("/openapi/", "public-service-catalog",
            "/ev/", "ev-charger", "/platform/", "charging-platform", "/driver/v1/", "driver-insurance",
            "/aio365/api/", "vehicle-info");
    private static final List<String> KEYLESS_PREFIXES = List.of("/openapi/svc/all/list.excel", "/aio365/provide/", "/portal/",
            "/api/v1/", "/driver/consent/");
    /** Values that are wrong for nearly any parameter: types, sizes, control characters, injections. */
    private static final List<String> BAD_VALUES = List.of("abc", "-1", "99999999999999999999999", "1e309", "x".repeat(2000),
            "%00", "%01%02", "%0d%0aX:1", "%EA%B0%FF", "%3Ca%3E", "'%20OR%201=1--", "%E2%80%AE", "");
    private static final List<String> BAD_BODIES = List.of("", "{", "{\"a\":", "[", "null", "[]", "{}", "\"x\"", "<a>",
            "{\"x\":1e999}", "[".repeat(3000), "[" + "{}".repeat(1) + "]", "\u0000");

    private static RunningServices services;
    private static SuiteEnvironment environment;
    private static PortalClient portal;
    private static String admin;
    /** The walk's member: it may withdraw itself along the way; the keys belong to another. */
    private static String member;
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    @BeforeAll
    static void startSuite() throws Exception {
        services = new RunningServices();
        environment = services.environment;
        portal = new PortalClient(environment.urlOf(SuiteService.GATEWAY));
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.VEHICLE_CONSENT, SuiteService.PUBLIC_SERVICE_CATALOG,
                SuiteService.DRIVER_INSURANCE, SuiteService.CHARGING_PLATFORM, SuiteService.GATEWAY)) {
            services.start(service, (started, env) -> env.put("CATALOG_SAMPLE_SERVICES", "50"));
        }
        admin = portal.admin();
        member = portal.signUp("edgewalker", "공격자", "010-9999-0000");
        String keyOwner = portal.signUp("edgekeys", "열쇠", "010-9999-0001");
        for (String product : KEYED_PREFIXES.values()) {
            KEYS.put(product, portal.keyFor(keyOwner, admin, product, 1_000_000));
        }
        // Keys reach the gateway within seconds of approval.
        String catalogKey = KEYS.get("public-service-catalog");
        PortalClient.eventually(() -> portal.gateway().get("/openapi/org/cls/code?serviceKey=" + catalogKey), 200,
                response -> response.asString().contains("<resultCode>00</resultCode>"));
    }

    @AfterAll
    static void stopSuite() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    @Order(1)
    void walksFromKeylessRoutesTowardsGuardedPathsAreRefusedAndChangeNothing() {
        Map<String, String> writes = Map.of(
                "admin/catalog/services", "[{\"svcId\":\"ATK000000001\",\"svcNm\":\"침입\",\"svcEditDt\":\"2026-01-01\","
                        + "\"jrsdDptAllNm\":\"x\",\"lrgAstCd\":\"010000\",\"mdmAstCd\":\"010100\"}]",
                "admin/consent/institutions", "{\"insttCode\":\"ATK1\",\"insttNm\":\"침입\",\"siteURL\":\"https://attacker.example\"}",
                "admin/charging/operators", "{\"operatorId\":\"ATK1\",\"operatorName\":\"침입\"}",
                "admin/driver/clients", "{\"appBizCode\":\"9999999999\",\"name\":\"침입\"}",
                "api/v1/admin/products", "{\"code\":\"atk-product\",\"name\":\"침입\",\"description\":\"x\",\"dataFormat\":\"JSON\","
                        + "\"dailyQuota\":1,\"department\":\"x\",\"departmentPhone\":\"02-000-0000\"}");
        URI gateway = URI.create(environment.urlOf(SuiteService.GATEWAY));
        List<String> notRefused = new ArrayList<>();
        int sent = 0;
        for (String prefix : KEYLESS_PREFIXES) {
            for (Map.Entry<String, String> write : writes.entrySet()) {
                for (String path : PathAttacks.from(prefix, write.getKey())) {
                    RawHttp.Answer answer = RawHttp.send(gateway.getHost(), gateway.getPort(), "POST", path,
                            "Content-Type: application/json\r\n", write.getValue());
                    sent++;
                    if (answer.status() != 400) {
                        notRefused.add(path + " -> " + answer.status());
                    }
                }
            }
            for (String path : PathAttacks.from(prefix, "openapi/svc/list")) {
                RawHttp.Answer answer = RawHttp.get(gateway.getHost(), gateway.getPort(), path + "?format=xml");
                sent++;
                if (answer.status() != 400 || answer.body().contains("<svcList>")) {
                    notRefused.add(path + " -> " + answer.status());
                }
            }
        }
        assertThat(sent).isGreaterThan(1000);
        assertThat(notRefused).isEmpty();

        portal.gateway().get("/openapi/svc?format=xml&svcId=ATK000000001&serviceKey=" + KEYS.get("public-service-catalog"))
                .then().body(org.hamcrest.Matchers.containsString("<resultCode>03</resultCode>"));
        for (String stored : List.of("/admin/consent/institutions/ATK1", "/admin/charging/operators/ATK1",
                "/admin/driver/clients/9999999999")) {
            portal.gateway().auth().oauth2(admin).get(stored).then().statusCode(404);
        }
        portal.gateway().get("/api/v1/products/atk-product").then().statusCode(404);
    }

    @Test
    @Order(2)
    void malformedInputToEveryOperationOfEveryServiceNeverEndsInA5xxOrAStackTrace() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (SuiteService service : List.of(SuiteService.KEY_ISSUANCE, SuiteService.VEHICLE_CONSENT, SuiteService.PUBLIC_SERVICE_CATALOG,
                SuiteService.DRIVER_INSURANCE, SuiteService.CHARGING_PLATFORM)) {
            String document = given().baseUri(environment.urlOf(service)).queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            List<Operation> operations = new ArrayList<>(OpenApiOperations.of(document));
            // A member's own withdrawal goes last, so that it does not sign the walker out before the rest.
            operations.sort((a, b) -> Boolean.compare(a.method().equals("DELETE"), b.method().equals("DELETE")));
            for (Operation operation : operations) {
                for (Attempt attempt : attemptsOn(operation)) {
                    Response response = attempt.send();
                    calls++;
                    String body = response.asString();
                    if (response.statusCode() >= 500 || body.contains("Exception") || body.contains("\tat ")
                            || body.contains("at kr.openapi.")) {
                        failures.add(service.module() + " " + attempt + " -> " + response.statusCode() + " "
                                + body.substring(0, Math.min(200, body.length())));
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    /** One malformed call: what it sends, for the failure message, and how. */
    private record Attempt(String description, Operation operation, String path, String query, String contentType, String body) {

        Response send() {
            RequestSpecification request = withCredential(portal.gateway(), operation);
            String target = path + (query == null ? "" : (path.contains("?") ? "&" : "?") + query);
            String key = keyFor(operation);
            if (key != null) {
                target += (target.contains("?") ? "&" : "?") + "serviceKey=" + key;
            }
            if (contentType != null) {
                request.contentType(contentType).body(body == null ? "" : body);
            }
            return request.request(operation.method(), target);
        }

        @Override
        public String toString() {
            return operation + " " + description;
        }
    }

    private static List<Attempt> attemptsOn(Operation operation) {
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt("with nothing", operation, operation.path(), null, null, null));
        for (String parameter : operation.query().keySet()) {
            for (String value : BAD_VALUES) {
                attempts.add(new Attempt(parameter + "=" + abbreviated(value), operation, operation.path(),
                        parameter + "=" + value, null, null));
            }
        }
        if (!operation.query().isEmpty()) {
            StringBuilder all = new StringBuilder();
            operation.query().keySet().forEach(name -> all.append(all.length() == 0 ? "" : "&").append(name).append("=").append("9".repeat(300)));
            attempts.add(new Attempt("every parameter overlong", operation, operation.path(), all.toString(), null, null));
        }
        if (!operation.template().equals(operation.path())) {
            for (String value : BAD_VALUES) {
                if (!value.isEmpty()) {
                    attempts.add(new Attempt("path parameters " + abbreviated(value), operation,
                            operation.template().replaceAll("\\{[^}]+}", value), null, null, null));
                }
            }
        }
        if (operation.contentType() != null || List.of("POST", "PUT", "PATCH").contains(operation.method())) {
            String type = operation.contentType() == null ? "application/json" : operation.contentType();
            for (String body : BAD_BODIES) {
                attempts.add(new Attempt("body " + abbreviated(body), operation, operation.path(), null, type, body));
            }
            attempts.add(new Attempt("an XML body", operation, operation.path(), null, "application/xml", "<a><b>"));
            attempts.add(new Attempt("a form body", operation, operation.path(), null, "application/x-www-form-urlencoded", "a=%00"));
            operation.bodyFields().forEach((field, type2) -> {
                for (String wrong : List.of("[]", "{}", "123456789012345678901234567890", "\"" + "가".repeat(5000) + "\"",
                        "\"\\u0000\"", "true", "-1")) {
                    String json = "{\"" + field + "\":" + wrong + "}";
                    String body = type.contains("json") && operation.template().startsWith("/admin/catalog/services") ? "[" + json + "]" : json;
                    attempts.add(new Attempt("body " + field + "=" + abbreviated(wrong), operation, operation.path(), null,
                            type.contains("json") ? type : "application/json", body));
                }
            });
        }
        return attempts;
    }

    private static RequestSpecification withCredential(RequestSpecification request, Operation operation) {
        String path = operation.template();
        if (path.startsWith("/admin/") || path.startsWith("/api/v1/admin/")) {
            return request.auth().oauth2(admin);
        }
        if (path.startsWith("/api/v1/") || path.startsWith("/portal")) {
            return request.auth().oauth2(member);
        }
        return request;
    }

    private static String keyFor(Operation operation) {
        return KEYED_PREFIXES.entrySet().stream()
                .filter(prefix -> operation.template().startsWith(prefix.getKey()) && !operation.template().startsWith("/openapi/svc/all/"))
                .map(prefix -> KEYS.get(prefix.getValue())).findFirst().orElse(null);
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
