package kr.openapi.charging;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * An operator's own HTTP server, where the platform's callbacks arrive: records every call and answers with the
 * statuses queued in {@link #answers}, then with what {@link #otherwise} says (200 and no body by default).
 */
public final class OperatorServer implements AutoCloseable {

    /** A call the server received. */
    public record Received(String path, Map<String, String> headers, String body, long atNanos) {
    }

    /** What the server answers. */
    public record Answer(int status, String body) {
    }

    public final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    public final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    public volatile Function<Received, Answer> otherwise = call -> new Answer(200, "");
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    public OperatorServer() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            Map<String, String> headers = new HashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            Received call = new Received(request.path(), headers, body.toString(StandardCharsets.UTF_8), System.nanoTime());
            received.add(call);
            Integer status = answers.poll();
            Answer answer = status == null ? otherwise.apply(call) : new Answer(status, "");
            request.response().setStatusCode(answer.status())
                    .putHeader("Location", answer.status() == 302 ? "http://127.0.0.1:1/elsewhere" : "")
                    .putHeader("Content-Type", "application/json").end(answer.body());
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The address of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    /** The next call, waiting up to {@code seconds}; null if none came. */
    public Received next(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        vertx.close();
    }
}
