package kr.openapi.deploy.helm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Just enough of a Kubernetes API server for Helm's {@code lookup} of Secrets and ServiceAccounts: helm-java renders with a cluster
 * client (where the helm binary's {@code template} would not), so the chart's "generate once, then keep" secrets are
 * rendered against this server, either empty (a first install) or holding the release's objects (an upgrade).
 * Helm finds it through the kubeconfig named by {@code KUBECONFIG} (set for the tests in deploy/pom.xml).
 */
final class FakeKubernetesApi implements AutoCloseable {

    private static final String RESOURCES = """
            {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"v1","resources":[
             {"name":"secrets","singularName":"secret","namespaced":true,"kind":"Secret","verbs":["get","list"]},
             {"name":"serviceaccounts","singularName":"serviceaccount","namespaced":true,"kind":"ServiceAccount","verbs":["get","list"]}]}""";

    private final HttpServer server;
    private final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();
    private final Set<String> serviceAccounts = ConcurrentHashMap.newKeySet();

    private FakeKubernetesApi(HttpServer server) {
        this.server = server;
    }

    /** Starts the server and points the tests' kubeconfig at it. */
    static FakeKubernetesApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeKubernetesApi api = new FakeKubernetesApi(server);
            server.createContext("/", api::answer);
            server.start();
            Path kubeconfig = Path.of(System.getenv().getOrDefault("KUBECONFIG", "target/helm-test/kubeconfig"));
            Files.createDirectories(kubeconfig.toAbsolutePath().getParent());
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters: [{name: fake, cluster: {server: "http://127.0.0.1:%d"}}]
                    users: [{name: fake, user: {token: fake}}]
                    contexts: [{name: fake, context: {cluster: fake, user: fake, namespace: openapi}}]
                    current-context: fake
                    """.formatted(server.getAddress().getPort()));
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Secret of the release as a cluster would hold it ({@code data}: key → base64 value). */
    void holdSecret(String name, Map<String, String> data) {
        secrets.put(name, data);
    }

    /** A ServiceAccount of the release: the chart takes its presence for "this release is installed". */
    void holdServiceAccount(String name) {
        serviceAccounts.add(name);
    }

    void forgetEverything() {
        secrets.clear();
        serviceAccounts.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String prefix = "/api/v1/namespaces/" + RenderedChart.RELEASE + "/secrets/";
        String accounts = "/api/v1/namespaces/" + RenderedChart.RELEASE + "/serviceaccounts/";
        if (path.equals("/api/v1")) {
            respond(exchange, 200, RESOURCES);
        } else if (path.startsWith(accounts) && serviceAccounts.contains(path.substring(accounts.length()))) {
            respond(exchange, 200, """
                    {"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"%s","namespace":"%s"}}"""
                    .formatted(path.substring(accounts.length()), RenderedChart.RELEASE));
        } else if (path.startsWith(prefix) && secrets.containsKey(path.substring(prefix.length()))) {
            String name = path.substring(prefix.length());
            String data = secrets.get(name).entrySet().stream()
                    .map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"").collect(Collectors.joining(","));
            respond(exchange, 200, """
                    {"kind":"Secret","apiVersion":"v1","metadata":{"name":"%s","namespace":"%s"},"data":{%s}}"""
                    .formatted(name, RenderedChart.RELEASE, data));
        } else {
            respond(exchange, 404, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}""");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
