package kr.openapi.gateway.client;

import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Streams an upstream's response body to the caller as it arrives, with back-pressure (the upstream is paused while
 * the caller's write queue is full). A caller that hangs up mid-answer (a load generator closing its connections at
 * the end of a run, a browser tab closed) is not an error: the rest of the body is dropped and the upstream request
 * reset, without the "Response has already been written" that Vert.x's pipe raised writing to a closed response.
 */
public final class BodyRelay {

    private BodyRelay() {
    }

    /** Relays {@code from}'s body (paused until now) to the caller's response, then ends it. */
    public static void relay(HttpClientResponse from, RoutingContext caller) {
        HttpServerResponse to = caller.response();
        // Through the context's end handlers, not the response's close handler: that one is vertx-web's, which
        // runs the end handlers (the access log and metrics) when the caller hangs up.
        caller.addEndHandler(done -> {
            if (done.failed()) {
                from.request().reset();
            }
        });
        from.handler(chunk -> {
            if (gone(to)) {
                return;
            }
            to.write(chunk);
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(drained -> from.resume());
            }
        });
        from.endHandler(end -> {
            if (!gone(to)) {
                to.end();
            }
        });
        from.exceptionHandler(failure -> {
            if (!gone(to)) {
                to.reset();
            }
        });
        from.resume();
    }

    private static boolean gone(HttpServerResponse response) {
        return response.ended() || response.closed();
    }
}
