package kr.openapi.gateway.policy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kr.openapi.gateway.client.BatchedFlush;
import kr.openapi.gateway.client.GatewayHeaders;
import kr.openapi.gateway.client.UpstreamCall;
import kr.openapi.gateway.service.CanonicalPath;
import kr.openapi.gateway.service.GatewayRoute;
import kr.openapi.gateway.service.InternalTokens;
import kr.openapi.gateway.service.KnownKey;
import kr.openapi.gateway.service.quota.QuotaDecision;

/**
 * One request at the gateway: what was asked (the decoded request, never copied), what the policies learn about it
 * as it goes through the chain, and its answer, written to the caller's connection: either the gateway's own (a
 * refusal) or the upstream's, streamed.
 */
public final class GatewayExchange {

    private final Caller caller;
    private final HttpRequest request;
    private final String rawPath;
    /** The raw query string (without {@code ?}); null when there is none. */
    private final String query;
    private final CanonicalPath path;
    private final long startNanos = System.nanoTime();
    /** The wall clock when the request arrived: its quota day, its key's expiry and its token's freshness (one read per call). */
    private final long arrivedMillis = System.currentTimeMillis();
    private boolean keepAlive;
    private int status;
    private boolean answerStarted;
    private boolean finished;
    /** How long a caller may take no byte of its answer (nginx's {@code send_timeout}). */
    private static final long SEND_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** Since when the caller's connection has been full (0: it is not). */
    private long waitingSince;
    private ScheduledFuture<?> sendCheck;
    /** The call to the upstream, while there is one. */
    private UpstreamCall upstreamCall;

    /** The gateway's own API, handed to Quarkus: not a call of any product. */
    boolean own;
    /** When the request was handed to {@code forward} (0 before): the checks took until then. */
    long forwardNanos;
    GatewayRoute route;
    InetAddress clientIp;
    KnownKey key;
    QuotaDecision quota;
    /** Seconds until the quota's day ends, when {@link #quota} was decided. */
    long quotaResetSeconds;
    InternalTokens.Identity identity = InternalTokens.Identity.ANONYMOUS;
    /** The {@code Authorization} header the upstream receives: the internal token. */
    AsciiString authorization;
    private String clientIpText;
    /** The result code the call ended with ("00" when the upstream answered). */
    String resultCode = "00";

    public GatewayExchange(Caller caller, HttpRequest request, String rawPath, String query) {
        this.caller = caller;
        this.request = request;
        this.rawPath = rawPath;
        this.query = query;
        this.path = CanonicalPath.of(rawPath);
        this.keepAlive = HttpUtil.isKeepAlive(request);
    }

    public Caller caller() {
        return caller;
    }

    public Channel channel() {
        return caller.channel();
    }

    public HttpRequest request() {
        return request;
    }

    public HttpMethod method() {
        return request.method();
    }

    public String header(CharSequence name) {
        return request.headers().get(name);
    }

    /** The path as sent, not decoded. */
    public String rawPath() {
        return rawPath;
    }

    /** The query string as sent; null when there is none. */
    public String query() {
        return query;
    }

    /** The path routed on and forwarded (never the raw one); null when it was refused. */
    public String path() {
        return path.path();
    }

    public CanonicalPath canonicalPath() {
        return path;
    }

    /** The address the connection comes from (before any {@code X-Forwarded-For}). */
    public InetAddress peer() {
        return channel().remoteAddress() instanceof InetSocketAddress address ? address.getAddress() : null;
    }

    public GatewayRoute route() {
        return route;
    }

    public InetAddress clientIp() {
        return clientIp;
    }

    public KnownKey key() {
        return key;
    }

    public QuotaDecision quota() {
        return quota;
    }

    public AsciiString authorization() {
        return authorization;
    }

    /** The caller's address as text, formatted once. */
    public String clientIpText() {
        if (clientIpText == null && clientIp != null) {
            clientIpText = clientIp.getHostAddress();
        }
        return clientIpText;
    }

    /** The status answered (0 until the answer's head is written). */
    public int status() {
        return status;
    }

    public String resultCode() {
        return resultCode;
    }

    public long startNanos() {
        return startNanos;
    }

    public long arrivedMillis() {
        return arrivedMillis;
    }

    public boolean own() {
        return own;
    }

    public boolean finished() {
        return finished;
    }

    boolean answerStarted() {
        return answerStarted;
    }

    /**
     * {@code result}, delivered on this request's event loop: a future that waited for Redis or PostgreSQL
     * completes on their thread, and nothing of the exchange may be touched there.
     */
    public <T> Future<T> onLoop(Future<T> result) {
        if (result.isComplete()) {
            return result;
        }
        Promise<T> delivered = Promise.promise();
        onLoop(result, delivered);
        return delivered.future();
    }

    /** {@code result} handed to {@code handler} on this request's event loop (no intermediate future: once per call). */
    public <T> void onLoop(Future<T> result, Handler<AsyncResult<T>> handler) {
        EventLoop loop = channel().eventLoop();
        result.onComplete(done -> {
            if (loop.inEventLoop()) {
                handler.handle(done);
            } else {
                loop.execute(() -> handler.handle(done));
            }
        });
    }

    /** The connection closes once this request is answered (the edge could not trust where the request ends). */
    public void closeAfterAnswer() {
        keepAlive = false;
    }

    void upstreamCall(UpstreamCall call) {
        this.upstreamCall = call;
    }

    /** The gateway's own complete answer (a refusal or an error). */
    void answer(int status, CharSequence contentType, String body, Map<String, String> headers) {
        ByteBuf content = ByteBufUtil.writeUtf8(channel().alloc(), body);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                content, new DefaultHttpHeaders(false), DefaultHttpHeaders.EMPTY_HEADERS);
        HttpHeaders out = response.headers();
        headers.forEach(out::set);
        out.set(HttpHeaderNames.CONTENT_TYPE, contentType).setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        writeHead(response);
        end(response);
    }

    /** The head of a streamed answer; its body follows through {@link #answerContent}. */
    void answerHead(HttpResponse head) {
        HttpHeaders headers = head.headers();
        int code = head.status().code();
        boolean bodiless = method() == HttpMethod.HEAD || code == 204 || code == 304 || code < 200;
        if (!bodiless && !headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
            if (request.protocolVersion() == HttpVersion.HTTP_1_0) {
                keepAlive = false;
            } else {
                headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
            }
        }
        writeHead(head);
        channel().write(head, channel().voidPromise());
    }

    /** A piece of a streamed answer (handed over); false when the caller's connection is full for now. */
    boolean answerContent(HttpContent content) {
        if (finished) {
            ReferenceCountUtil.release(content);
            return true;
        }
        if (content instanceof LastHttpContent) {
            end(content);
            return true;
        }
        channel().write(content, channel().voidPromise());
        return channel().isWritable();
    }

    void flush() {
        if (!finished) {
            BatchedFlush.flushSoon(channel());
        }
    }

    /**
     * The caller's connection is full: the upstream's answer is not read until it has room again. A caller that
     * takes nothing for {@link #SEND_TIMEOUT_NANOS} is cut off, so that it cannot hold an upstream connection.
     */
    void upstreamCallPaused() {
        if (upstreamCall == null) {
            return;
        }
        upstreamCall.readResponse(false);
        waitingSince = System.nanoTime();
        if (sendCheck == null) {
            sendCheck = channel().eventLoop().schedule(this::checkSending, SEND_TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    /** The caller's connection has room again: the upstream's answer is read on. */
    public void callerWritable() {
        waitingSince = 0;
        if (upstreamCall != null && !finished) {
            upstreamCall.readResponse(true);
        }
    }

    private void checkSending() {
        sendCheck = null;
        if (finished || waitingSince == 0) {
            return;
        }
        long waited = System.nanoTime() - waitingSince;
        if (waited >= SEND_TIMEOUT_NANOS) {
            abort();
        } else {
            sendCheck = channel().eventLoop().schedule(this::checkSending, SEND_TIMEOUT_NANOS - waited, TimeUnit.NANOSECONDS);
        }
    }

    /** The answer cannot be completed (the upstream failed mid-answer): the caller's connection is closed. */
    void abort() {
        if (!finished) {
            finished = true;
            if (upstreamCall != null) {
                upstreamCall.cancel();
            }
            caller.answered(this, false);
        }
    }

    /** The caller went away before its answer was complete. */
    public void callerGone() {
        if (!finished) {
            finished = true;
            if (upstreamCall != null) {
                upstreamCall.cancel();
            }
        }
    }

    private void writeHead(HttpResponse response) {
        answerStarted = true;
        status = response.status().code();
        HttpHeaders headers = response.headers();
        if (quota != null) {
            // Whatever the answer, the caller learns its quota (RateLimit header fields, IETF draft).
            headers.setInt(GatewayHeaders.RATE_LIMIT_LIMIT, quota.limit())
                    .setInt(GatewayHeaders.RATE_LIMIT_REMAINING, quota.remaining())
                    .set(GatewayHeaders.RATE_LIMIT_RESET, Long.toString(quotaResetSeconds));
        }
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (request.protocolVersion() == HttpVersion.HTTP_1_0) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }

    /**
     * Writes the answer's last message. On a kept connection the next request may start at once (writes stay in
     * order; a failed write closes the connection); otherwise the connection closes once it is written.
     */
    private void end(Object last) {
        if (finished) {
            ReferenceCountUtil.release(last);
            return;
        }
        finished = true;
        if (keepAlive) {
            channel().write(last, channel().voidPromise());
            BatchedFlush.flushSoon(channel());
            caller.answered(this, true);
        } else {
            channel().writeAndFlush(last).addListener((ChannelFutureListener) written -> caller.answered(this, false));
        }
    }
}
