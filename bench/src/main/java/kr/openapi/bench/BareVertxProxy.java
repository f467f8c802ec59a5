package kr.openapi.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The floor for any proxy built on the gateway's Vert.x and Netty: one event loop, Netty's epoll transport, a pooled
 * keep-alive client, the request's headers copied (but {@code Host} and {@code Connection}) and the bodies piped, and
 * nothing else: no Quarkus, no router, no checks, no metrics. {@code GatewayBenchmark} runs it on the proxy CPU with
 * the gateway's own libraries, so the gateway's distance to nginx splits into what Vert.x costs and what the gateway
 * adds. Usage: {@code BareVertxProxy <port> <upstream port>}.
 */
public final class BareVertxProxy {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
        vertx.createHttpServer()
                .requestHandler(request -> forward(request, client, upstreamPort))
                .listen(port, "127.0.0.1")
                .onSuccess(server -> System.out.println("bare Vert.x proxy on " + port + ", native transport "
                        + vertx.isNativeTransportEnabled()))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private static void forward(HttpServerRequest request, HttpClient client, int upstreamPort) {
        request.pause();
        client.request(new RequestOptions().setMethod(request.method()).setHost("127.0.0.1").setPort(upstreamPort)
                        .setURI(request.uri()))
                .compose(upstream -> {
                    request.headers().forEach((name, value) -> {
                        if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("connection")) {
                            upstream.putHeader(name, value);
                        }
                    });
                    return upstream.send(request);
                })
                .onSuccess(answer -> {
                    var response = request.response().setStatusCode(answer.statusCode());
                    answer.headers().forEach((name, value) -> {
                        if (!name.equalsIgnoreCase("connection")) {
                            response.putHeader(name, value);
                        }
                    });
                    answer.pipeTo(response);
                })
                .onFailure(failure -> {
                    if (!request.response().ended()) {
                        request.response().setStatusCode(502).end();
                    }
                });
    }
}
