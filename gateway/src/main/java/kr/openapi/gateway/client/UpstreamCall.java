package kr.openapi.gateway.client;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request to an upstream and its answer, all on the caller's event loop: takes a keep-alive connection of that
 * loop, writes the request head, streams the request body as the caller sends it and hands the response to the
 * {@link UpstreamListener}. Each attempt passes the upstream's bulkhead and circuit and must get the response head
 * within the timeout. A GET or HEAD that failed before any answer (refused, timed out, connection lost) is tried
 * once more. The connection goes back to the pool only when both the request and the response are
 * complete and the upstream keeps it open; otherwise it is closed.
 */
public final class UpstreamCall extends HeadDeadlines.Waiter {

    private final Upstream upstream;
    private final LoopConnections connections;
    private final HttpRequest head;
    private final boolean hasBody;
    /** A GET or HEAD without a body: safe to send twice. */
    private final boolean retryable;
    private final long timeoutMillis;
    private final UpstreamListener listener;

    private int attempts;
    /** Counted in the bulkhead and the circuit until the head arrives or the attempt fails. */
    private boolean admitted;
    private Future<Channel> acquiring;
    private Channel channel;
    private UpstreamConnection connection;
    /** Request body that arrived before a connection was ready. */
    private ArrayDeque<HttpContent> held;
    private boolean requestSent;
    private boolean responded;
    private boolean keepAlive;
    private boolean skippingInformational;
    private boolean done;

    UpstreamCall(Upstream upstream, LoopConnections connections, HttpRequest head, boolean hasBody, long timeoutMillis,
                 UpstreamListener listener) {
        this.retryable = !hasBody && (head.method() == HttpMethod.GET || head.method() == HttpMethod.HEAD);
        this.upstream = upstream;
        this.connections = connections;
        this.head = head;
        this.hasBody = hasBody;
        this.timeoutMillis = timeoutMillis;
        this.listener = listener;
    }

    void start() {
        attempts++;
        RuntimeException refused = upstream.admit();
        if (refused != null) {
            finish(refused);
            return;
        }
        admitted = true;
        connections.headDeadlines().add(this, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        acquiring = connections.acquire();
        if (acquiring.isDone()) {
            connected(acquiring);
        } else {
            acquiring.addListener(this::connected);
        }
    }

    /** Streams a piece of the request body (handed over: released here when it cannot be sent). */
    public void send(HttpContent content) {
        if (done || requestSent) {
            ReferenceCountUtil.release(content);
        } else if (channel == null) {
            if (held == null) {
                held = new ArrayDeque<>();
            }
            held.add(content);
        } else {
            write(content);
        }
    }

    /** Whether the upstream connection takes more of the body now ({@link UpstreamListener#onWritable} tells when it does again). */
    public boolean acceptsBody() {
        return channel == null ? held == null || held.size() < 16 : channel.isWritable();
    }

    /**
     * Pauses or resumes reading the response (the caller's connection is full, or has room again). Set only when it
     * changes: setting it is an atomic swap, and every call resumes its connection.
     */
    public void readResponse(boolean read) {
        if (channel != null && channel.config().isAutoRead() != read) {
            channel.config().setAutoRead(read);
        }
    }

    /** The caller went away: the upstream connection is closed, whatever state the call is in. */
    public void cancel() {
        if (done) {
            return;
        }
        done = true;
        if (admitted) {
            admitted = false;
            upstream.abandoned();
        }
        cancelTimer();
        cancelAcquiring();
        releaseHeld();
        if (channel != null) {
            connection.detach();
            channel.close();
        }
    }

    /** Stops waiting for a connection; the cancelled wait is then ignored by {@link #connected}. */
    private void cancelAcquiring() {
        Future<Channel> pending = acquiring;
        acquiring = null;
        if (pending != null && !pending.isDone()) {
            pending.cancel(false);
        }
    }

    private void connected(Future<? super Channel> acquired) {
        if (done || acquired != acquiring) {
            // A wait given up (timeout, cancel, retry): a connection it still got goes back to the pool.
            if (acquired.isSuccess()) {
                connections.release((Channel) acquired.getNow());
            }
            return;
        }
        if (!acquired.isSuccess()) {
            failed(acquired.cause());
            return;
        }
        channel = (Channel) acquired.getNow();
        connection = channel.pipeline().get(UpstreamConnection.class);
        connection.attach(this);
        // A connection is pooled reading; a call paused it only mid-answer.
        readResponse(true);
        if (!hasBody) {
            requestSent = true;
            channel.write(head, channel.voidPromise());
            BatchedFlush.flushSoon(channel);
            return;
        }
        channel.write(head, channel.voidPromise());
        if (held != null) {
            for (HttpContent content; (content = held.poll()) != null; ) {
                if (done || channel == null || requestSent) {
                    content.release();
                } else {
                    write(content);
                }
            }
        }
        if (channel != null && !done) {
            BatchedFlush.flushSoon(channel);
            // The caller may have been paused while the body waited for this connection.
            if (channel.isWritable()) {
                listener.onWritable();
            }
        }
    }

    private void write(HttpContent content) {
        requestSent = content instanceof LastHttpContent;
        channel.write(content, channel.voidPromise());
        BatchedFlush.flushSoon(channel);
    }

    /** From the connection: the response head, then its body. */
    void read(Object message) {
        if (done) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (informational(message)) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof HttpContent content && content.decoderResult().isFailure()) {
            // A malformed body: the answer cannot be relayed as complete, nor the connection reused.
            Throwable cause = content.decoderResult().cause();
            content.release();
            lost(cause);
            return;
        }
        if (message instanceof HttpResponse response) {
            if (response.decoderResult().isFailure()) {
                ReferenceCountUtil.release(message);
                lost(response.decoderResult().cause());
                return;
            }
            responded = true;
            keepAlive = HttpUtil.isKeepAlive(response);
            cancelTimer();
            admitted = false;
            upstream.succeeded();
            listener.onResponse(response);
        }
        if (message instanceof HttpContent content) {
            if (content instanceof LastHttpContent) {
                // Released before the caller hears of the end, so that its next request can take this connection.
                // An upstream that answered before reading the whole body leaves the connection unusable.
                keepAlive &= requestSent;
                complete();
            }
            listener.onContent(content);
        }
    }

    /** A {@code 1xx} answer (the upstream was not asked to continue, so it should send none) and its empty end are skipped. */
    private boolean informational(Object message) {
        if (message instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL
                && response.status().code() != 101) {
            skippingInformational = true;
            return true;
        }
        if (skippingInformational && message instanceof LastHttpContent) {
            skippingInformational = false;
            return true;
        }
        return false;
    }

    void readComplete() {
        if (!done) {
            listener.onReadComplete();
        }
    }

    void becameWritable() {
        if (!done) {
            listener.onWritable();
        }
    }

    /** From the connection: it closed or failed. */
    void lost(Throwable cause) {
        if (done) {
            return;
        }
        if (responded) {
            done = true;
            connection.detach();
            channel.close();
            listener.onFailure(cause, true);
        } else {
            failed(cause);
        }
    }

    /** From the connection: nothing read for its idle time. Once answering, an upstream that stops sending is lost. */
    void idle() {
        if (!done && responded && channel.config().isAutoRead()) {
            lost(new TimeoutException(upstream.name() + ": the answer stopped"));
        }
    }

    /** No response head within the timeout. */
    @Override
    void expired() {
        if (!done && !responded) {
            failed(new TimeoutException(upstream.name() + ": no answer within " + timeoutMillis + " ms"));
        }
    }

    /** The attempt failed before any answer: the circuit counts it; a request without a body is tried once more. */
    private void failed(Throwable cause) {
        cancelTimer();
        if (admitted) {
            admitted = false;
            upstream.failed();
        }
        cancelAcquiring();
        if (channel != null) {
            connection.detach();
            channel.close();
            channel = null;
        }
        if (retryable && attempts == 1) {
            start();
        } else {
            finish(cause);
        }
    }

    private void finish(Throwable cause) {
        done = true;
        releaseHeld();
        listener.onFailure(cause, false);
    }

    private void complete() {
        done = true;
        connection.detach();
        if (keepAlive && requestSent) {
            connections.release(channel);
        } else {
            channel.close();
        }
    }

    private void cancelTimer() {
        connections.headDeadlines().remove(this);
    }

    private void releaseHeld() {
        if (held != null) {
            for (HttpContent content; (content = held.poll()) != null; ) {
                content.release();
            }
        }
    }
}
