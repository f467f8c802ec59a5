package kr.openapi.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in, on a real HTTP port, for what the gateway talks to: key-issuance's key feed and usage endpoint (keys
 * are added and changed by tests through {@code /_stub/*}) and a trivial upstream that echoes what it received,
 * streams large bodies and answers slowly on request. Upstreams named "dead" point at a closed port.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;
    private final Map<String, JsonObject> keys = new LinkedHashMap<>();
    private final List<JsonObject> usageReports = new ArrayList<>();
    /** Calls that reached the upstream, by the key the gateway's token names: what was really served. */
    private final Map<String, AtomicInteger> servedByKey = new ConcurrentHashMap<>();
    private long changeSeq;
    private volatile boolean feedDown;
    /** The highest cursor the gateway has asked from: it has applied every change up to it. */
    private volatile long appliedThrough = -1;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer().requestHandler(this::handle).listen(0).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        Map<String, String> config = new LinkedHashMap<>();
        for (String upstream : List.of("key-issuance", "public-service-catalog", "driver-insurance", "charging-platform")) {
            config.put("gateway.upstreams." + upstream + ".url", url);
        }
        config.put("gateway.upstreams.vehicle-consent.url", "http://127.0.0.1:1");
        config.put("gateway.upstreams.vehicle-consent.circuit-max-failures", "4");
        config.put("gateway.upstreams.public-service-catalog.timeout", "PT1S");
        config.put("quarkus.rest-client.key-issuance.url", url);
        config.put("gateway.key-feed.poll-interval", "PT0.2S");
        config.put("gateway.usage-report-interval", "PT0.5S");
        config.put("upstream-stub.url", url);
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/_stub/")) {
            request.body().onSuccess(body -> control(request, path, body));
        } else if (path.equals("/internal/v1/keys")) {
            feed(request);
        } else if (path.equals("/internal/v1/usage")) {
            request.body().onSuccess(body -> {
                synchronized (usageReports) {
                    usageReports.add(body.toJsonObject());
                }
                request.response().setStatusCode(204).end();
            });
        } else if (path.startsWith("/openapi/download")) {
            int megabytes = Integer.parseInt(request.getParam("mb", "8"));
            Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
            var response = request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            for (int i = 0; i < megabytes * 16; i++) {
                response.write(chunk);
            }
            response.end();
        } else if (path.endsWith("/created")) {
            // As JAX-RS builds a Location: absolute, from the Host the gateway sent (or elsewhere, when asked).
            String location = request.getParam("elsewhere") != null ? "https://elsewhere.example/x"
                    : "http://" + request.getHeader("Host") + "/api/v1/members/me";
            request.response().setStatusCode(201).putHeader("Location", location).end();
        } else if (path.endsWith("/bare-status")) {
            // What an HTTP server answers to a request too large for it: a status, no body.
            request.response().setStatusCode(Integer.parseInt(request.getParam("code", "200"))).end();
        } else if (path.endsWith("/status")) {
            int status = Integer.parseInt(request.getParam("code", "200"));
            request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("status", status).encode());
        } else if (path.startsWith("/openapi/slow") || path.startsWith("/admin/catalog/slow")) {
            vertx.setTimer(Long.parseLong(request.getParam("ms", "3000")), id -> echo(request, Buffer.buffer()));
        } else {
            countServed(request.getHeader("Authorization"));
            request.body().onSuccess(body -> echo(request, body));
        }
    }

    private void countServed(String authorization) {
        if (authorization != null && authorization.startsWith("Bearer ")) {
            String[] token = authorization.substring(7).split("\\.");
            String keyId = new JsonObject(new String(Base64.getUrlDecoder().decode(token[1]), StandardCharsets.UTF_8)).getString("keyId");
            if (keyId != null) {
                servedByKey.computeIfAbsent(keyId, id -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private void echo(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
        JsonObject echo = new JsonObject().put("method", request.method().name()).put("path", request.path())
                .put("query", request.query()).put("headers", headers).put("bodyLength", body.length())
                // Which of the gateway's connections brought the request: reuse is visible to the tests.
                .put("connectionPort", request.remoteAddress().port());
        request.response().putHeader("Content-Type", "application/json").putHeader("Connection", "keep-alive, X-Hop")
                .putHeader("X-Hop", "should not pass").end(echo.encode());
    }

    private synchronized void feed(HttpServerRequest request) {
        if (feedDown) {
            request.response().setStatusCode(503).end();
            return;
        }
        if (request.getHeader("Authorization") == null || !request.getHeader("Authorization").startsWith("Bearer ")) {
            request.response().setStatusCode(401).end();
            return;
        }
        String since = request.getParam("since");
        long cursor = since == null ? 0 : Long.parseLong(since);
        appliedThrough = Math.max(appliedThrough, cursor);
        JsonArray changed = new JsonArray();
        keys.values().stream().filter(k -> k.getLong("changeSeq") > cursor).forEach(k -> changed.add(k.copy()));
        changed.forEach(k -> ((JsonObject) k).remove("changeSeq"));
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                .put("cursor", String.valueOf(changeSeq)).put("snapshot", since == null).put("hasMore", false)
                .put("keys", changed).encode());
    }

    private synchronized void control(HttpServerRequest request, String path, Buffer body) {
        switch (path) {
            case "/_stub/keys" -> {
                JsonObject key = body.toJsonObject().put("changeSeq", ++changeSeq);
                keys.put(key.getString("keyId"), key);
                request.response().end(String.valueOf(changeSeq));
            }
            case "/_stub/applied" -> request.response().end(String.valueOf(appliedThrough));
            case "/_stub/served" -> {
                JsonObject served = new JsonObject();
                servedByKey.forEach((keyId, calls) -> served.put(keyId, calls.get()));
                request.response().putHeader("Content-Type", "application/json").end(served.encode());
            }
            case "/_stub/feed" -> {
                feedDown = "down".equals(request.getParam("state"));
                request.response().setStatusCode(204).end();
            }
            case "/_stub/usage" -> {
                synchronized (usageReports) {
                    request.response().putHeader("Content-Type", "application/json").end(new JsonArray(new ArrayList<>(usageReports)).encode());
                }
            }
            default -> request.response().setStatusCode(404).end();
        }
    }
}
