package kr.openapi.gateway.policy;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import jakarta.inject.Singleton;
import io.netty.util.AsciiString;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import kr.openapi.common.result.ApiException;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.client.Upstream;
import kr.openapi.gateway.client.UpstreamCall;
import kr.openapi.gateway.client.UpstreamCircuit;
import kr.openapi.gateway.client.UpstreamListener;
import kr.openapi.gateway.client.Upstreams;
import kr.openapi.gateway.service.ServiceKeyReader;

import static kr.openapi.gateway.client.GatewayHeaders.X_FORWARDED_FOR;
import static kr.openapi.gateway.client.GatewayHeaders.X_FORWARDED_HOST;
import static kr.openapi.gateway.client.GatewayHeaders.X_FORWARDED_PROTO;

/**
 * {@code forward}: sends the request to the route's upstream and streams both bodies (nothing is buffered, so a
 * multi-megabyte Excel download costs no memory; the buffers read from one side are written to the other). The
 * service key leaves the query and the headers; hop-by-hop headers are dropped; {@code X-Forwarded-*} and the
 * internal token are set. A GET that fails to connect or times out is tried once more. Upstream down, slow or its
 * circuit open: code 05 (502, or 504 for a timeout). On a route whose errors go out as 200
 * ({@code error-status=ok}), an upstream's error status is answered as 200 too: its body carries the result code.
 * The step completes when the upstream's answer has begun (its head is written to the caller).
 */
@Singleton
public class ForwardPolicy implements GatewayPolicy {

    private static final AsciiString HTTP = AsciiString.cached("http");

    /** The gateway's own Quarkus server (its admin API), reached over a Unix domain socket. */
    public static final String OWN_UPSTREAM = "gateway";

    /** RFC 9110 hop-by-hop headers. */
    private static final List<AsciiString> HOP_BY_HOP = List.of(HttpHeaderNames.CONNECTION, HttpHeaderNames.KEEP_ALIVE,
            HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION, HttpHeaderNames.TE,
            HttpHeaderNames.TRAILER, HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.UPGRADE);
    /** What no upstream receives: hop-by-hop headers, the forwarding headers the gateway sets, {@code Expect} (the edge answers it). */
    private static final List<AsciiString> NOT_FORWARDED_TO_OWN = concat(HOP_BY_HOP, List.of(HttpHeaderNames.HOST,
            HttpHeaderNames.EXPECT, X_FORWARDED_FOR, X_FORWARDED_PROTO, X_FORWARDED_HOST, AsciiString.cached("forwarded")));
    /** ... nor, on the chain's routes, the credentials the gateway consumes (the upstream gets the internal token instead). */
    private static final List<AsciiString> NOT_FORWARDED = concat(NOT_FORWARDED_TO_OWN, List.of(HttpHeaderNames.AUTHORIZATION,
            AsciiString.cached("x-service-key")));

    /** What an HTTP server answers, with no body, to a request too large for it: 413, 414, 431. */
    private static final Set<Integer> REFUSED_BY_SIZE = Set.of(413, 414, 431);

    private final Upstreams upstreams;

    public ForwardPolicy(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public String id() {
        return "forward";
    }

    @Override
    public Future<Void> apply(GatewayExchange exchange) {
        return forward(exchange, upstreams.get(exchange.route().upstream()), true);
    }

    /** The gateway's own API ({@code /admin/gateway/*}): to Quarkus, which checks the caller's token itself. */
    public Future<Void> forwardToOwn(GatewayExchange exchange) {
        return forward(exchange, upstreams.get(OWN_UPSTREAM), false);
    }

    private static Future<Void> forward(GatewayExchange exchange, Upstream upstream, boolean throughChain) {
        HttpRequest request = exchange.request();
        String query = ServiceKeyReader.queryWithoutKey(exchange.query());
        String uri = query == null ? exchange.path() : exchange.path() + "?" + query;
        // The body's framing as the edge decoded it, set again after the edits: no header the caller lists in
        // Connection can make the upstream read the body differently (request smuggling).
        boolean chunked = HttpUtil.isTransferEncodingChunked(request);
        long length = chunked ? -1 : HttpUtil.getContentLength(request, -1L);
        boolean hasBody = chunked || length > 0;
        HttpHeaders headers = upstreamHeaders(exchange, upstream, throughChain);
        headers.remove(HttpHeaderNames.CONTENT_LENGTH);
        if (chunked) {
            headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        } else if (length >= 0) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
        }
        HttpRequest head = hasBody
                ? new DefaultHttpRequest(HttpVersion.HTTP_1_1, request.method(), uri, headers)
                : new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, request.method(), uri, Unpooled.EMPTY_BUFFER, headers,
                DefaultHttpHeaders.EMPTY_HEADERS);
        Relay relay = new Relay(exchange, upstream);
        UpstreamCall call = upstream.call(exchange.channel().eventLoop(), head, hasBody,
                exchange.route() == null ? null : exchange.route().timeout(), relay);
        exchange.upstreamCall(call);
        if (hasBody && !relay.answered.future().isComplete()) {
            // A chunked body declares no length: counted as it streams, against what the route takes.
            long limit = exchange.route().maxBodyBytes();
            long[] streamed = {0};
            exchange.caller().readBody(content -> {
                streamed[0] += content.content().readableBytes();
                if (streamed[0] > limit) {
                    content.release();
                    relay.bodyTooLarge(call, limit);
                    return;
                }
                call.send(content);
                if (!call.acceptsBody()) {
                    exchange.caller().pauseBody();
                }
            });
        }
        return relay.answered.future();
    }

    /**
     * The caller's headers, edited in place into the upstream's (nothing the chain reads later is removed): what
     * is not forwarded goes, {@code X-Forwarded-*}, {@code Host} and, on the chain's routes, the internal token are set.
     */
    private static HttpHeaders upstreamHeaders(GatewayExchange exchange, Upstream upstream, boolean throughChain) {
        HttpHeaders headers = exchange.request().headers();
        List<String> connection = headers.getAll(HttpHeaderNames.CONNECTION);
        String host = headers.get(HttpHeaderNames.HOST);
        removeAll(headers, throughChain ? NOT_FORWARDED : NOT_FORWARDED_TO_OWN, connection);
        headers.set(X_FORWARDED_FOR, exchange.clientIpText());
        // TLS ends at the ingress: the edge itself serves plain HTTP.
        headers.set(X_FORWARDED_PROTO, HTTP);
        if (host != null) {
            headers.set(X_FORWARDED_HOST, host);
        }
        headers.set(HttpHeaderNames.HOST, upstream.hostHeader());
        if (throughChain && exchange.authorization() != null) {
            headers.set(HttpHeaderNames.AUTHORIZATION, exchange.authorization());
        }
        return headers;
    }

    /** Removes {@code names} and the header names a {@code Connection} header lists (hop-by-hop too). */
    private static void removeAll(HttpHeaders headers, List<AsciiString> names, List<String> connection) {
        for (AsciiString name : names) {
            headers.remove(name);
        }
        for (String value : connection) {
            for (String listed : value.split(",")) {
                if (!listed.isBlank()) {
                    headers.remove(listed.strip());
                }
            }
        }
    }

    private static List<AsciiString> concat(List<AsciiString> first, List<AsciiString> second) {
        List<AsciiString> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    /** The upstream's answer, streamed to the caller with back-pressure both ways. */
    private static final class Relay implements UpstreamListener {

        private final GatewayExchange exchange;
        private final Upstream upstream;
        private final Promise<Void> answered = Promise.promise();

        Relay(GatewayExchange exchange, Upstream upstream) {
            this.exchange = exchange;
            this.upstream = upstream;
        }

        @Override
        public void onResponse(HttpResponse upstreamHead) {
            int code = upstreamHead.status().code();
            if (REFUSED_BY_SIZE.contains(code) && HttpUtil.getContentLength(upstreamHead, -1L) == 0) {
                // The service's HTTP server refused the request's size before the service saw it, with no body: the
                // caller is told in its route's dialect instead (the rest of the empty answer is dropped).
                answered.tryFail(new ApiException(ResultCode.HTTP_ERROR,
                        upstream.name() + ": " + upstreamHead.status().reasonPhrase(), code));
                return;
            }
            // The upstream's head object goes to the caller, edited in place.
            int status = exchange.route() == null ? code : exchange.route().answeredStatus(code);
            HttpHeaders headers = upstreamHead.headers();
            removeAll(headers, HOP_BY_HOP, headers.getAll(HttpHeaderNames.CONNECTION));
            String location = headers.get(HttpHeaderNames.LOCATION);
            String onGateway = location == null ? null : upstream.pathOn(location);
            if (onGateway != null) {
                headers.set(HttpHeaderNames.LOCATION, onGateway);
            }
            upstreamHead.setProtocolVersion(HttpVersion.HTTP_1_1);
            if (status != code) {
                upstreamHead.setStatus(HttpResponseStatus.valueOf(status));
            }
            exchange.answerHead(upstreamHead);
            answered.tryComplete();
        }

        /**
         * The body outgrew what the route takes: the upstream call is dropped, and the caller told so in its route's
         * dialect (413), its connection then closed (the rest of its body is not read); or, once the upstream's
         * answer has begun, cut off.
         */
        void bodyTooLarge(UpstreamCall call, long limit) {
            call.cancel();
            if (exchange.answerStarted()) {
                exchange.abort();
            } else if (!answered.future().isComplete()) {
                exchange.closeAfterAnswer();
                answered.tryFail(RoutePolicy.bodyTooLarge(limit, null));
            }
        }

        @Override
        public void onContent(HttpContent content) {
            if (!exchange.answerContent(content)) {
                exchange.upstreamCallPaused();
            }
        }

        @Override
        public void onReadComplete() {
            exchange.flush();
        }

        @Override
        public void onFailure(Throwable failure, boolean afterHead) {
            if (afterHead) {
                exchange.abort();
            } else {
                answered.tryFail(asResultCode(failure, upstream));
            }
        }

        @Override
        public void onWritable() {
            exchange.caller().resumeBody();
        }
    }

    private static ApiException asResultCode(Throwable failure, Upstream upstream) {
        if (failure instanceof ApiException api) {
            return api;
        }
        boolean timedOut = failure instanceof TimeoutException;
        String why = failure instanceof UpstreamCircuit.OpenException ? "circuit open"
                : failure instanceof Upstream.BulkheadFullException ? "too many calls in flight" : timedOut ? "timed out" : "unreachable";
        return new ApiException(ResultCode.SERVICETIME_OUT, upstream.name() + ": " + why, timedOut ? 504 : 502);
    }
}
