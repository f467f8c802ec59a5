package kr.openapi.gateway.rest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kr.openapi.gateway.policy.Caller;
import kr.openapi.gateway.policy.GatewayExchange;

/**
 * One caller's HTTP/1.1 connection at the edge: one request at a time, in order. A request's body goes where the
 * chain sends it once it is wanted (until then a little is held, then reading stops); requests a client sends before
 * its previous answer (pipelining) wait, unread, for their turn. A request that cannot be parsed or framed safely
 * ({@link RequestFraming}) is answered 400/413/414/431/501 in its route's dialect and the connection closed. Idle
 * connections are closed after Quarkus' idle timeout.
 */
final class CallerConnection extends ChannelInboundHandlerAdapter implements Caller {

    /** What the edge does with a request, and once its answer is complete. */
    interface Requests {
        void begin(GatewayExchange exchange);

        /** Answers a request the edge refuses before any policy ({@link RequestFraming}): {@code status}, in its route's dialect. */
        void refuse(GatewayExchange exchange, int status, String reason);

        void end(GatewayExchange exchange);
    }

    private static final ByteBuf CONTINUE = Unpooled.unreleasableBuffer(
            Unpooled.copiedBuffer("HTTP/1.1 100 Continue\r\n\r\n", StandardCharsets.US_ASCII)).asReadOnly();

    /** Body held for a request whose body is not wanted yet: beyond this, reading stops. */
    private static final int HELD_BODY_LIMIT = 64 * 1024;

    private final Requests requests;
    private Channel channel;
    private GatewayExchange current;
    /** The last request read still has body to come. */
    private boolean bodyOpen;
    private Consumer<HttpContent> bodyReader;
    private ArrayDeque<HttpContent> heldBody;
    private int heldBytes;
    private boolean bodyPaused;
    /** The request asked to be told to send its body ({@code Expect: 100-continue}), read before forwarding edits it. */
    private boolean expectsContinue;
    private boolean continueSent;
    /** How long a connection being closed keeps reading what its caller still sends. */
    private static final int LINGER_SECONDS = 2;

    /** Answered and closing: what is still read is dropped. */
    private boolean lingering;
    /** The gateway is stopping: no further request on this connection. */
    private boolean closing;
    /** The loop over {@link #pipelined} is running (a request answered at once must not start another loop). */
    private boolean draining;
    /** What was read while a request was being answered: the next request(s), sent without waiting. */
    private final ArrayDeque<Object> pipelined = new ArrayDeque<>();

    CallerConnection(Requests requests) {
        this.requests = requests;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.channel = context.channel();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (!pipelined.isEmpty()) {
            pipelined.add(message);
        } else {
            dispatch(message);
        }
    }

    private void dispatch(Object message) {
        if (lingering) {
            ReferenceCountUtil.release(message);
            if (message instanceof LastHttpContent) {
                closeNow();
            }
            return;
        }
        if (message instanceof HttpRequest request) {
            if (current != null) {
                pipelined.add(message);
                updateReading();
                return;
            }
            bodyOpen = !(message instanceof LastHttpContent);
            begin(request);
            return;
        }
        HttpContent content = (HttpContent) message;
        if (content.decoderResult().isFailure()) {
            // A malformed chunk: what came before cannot be passed on as a whole body, nor the connection read on.
            content.release();
            if (current != null) {
                current.callerGone();
                requests.end(current);
                current = null;
            }
            closeNow();
            return;
        }
        if (content instanceof LastHttpContent) {
            bodyOpen = false;
        }
        if (current == null) {
            // The rest of the body of a request already answered (refused): dropped.
            content.release();
        } else if (bodyReader != null) {
            bodyReader.accept(content);
        } else {
            hold(content);
        }
    }

    private void begin(HttpRequest request) {
        RequestFraming.Refusal refusal = RequestFraming.refusal(request);
        if (refusal != null && request.decoderResult().isFailure()) {
            // What the decoder made of it holds no body worth keeping; its line and headers are still read below.
            ReferenceCountUtil.release(request);
        }
        String uri = request.uri();
        int start = pathStart(uri);
        int question = uri.indexOf('?', start);
        String path = question < 0 ? uri.substring(start) : uri.substring(start, question);
        String query = question < 0 ? null : uri.substring(question + 1);
        continueSent = false;
        expectsContinue = refusal == null && HttpUtil.is100ContinueExpected(request);
        current = new GatewayExchange(this, request, path.isEmpty() ? "/" : path, query);
        if (refusal != null) {
            // Where this request ends cannot be trusted: what follows is read and dropped until the connection closes.
            bodyOpen = true;
            current.closeAfterAnswer();
            requests.refuse(current, refusal.status().code(), refusal.reason());
            return;
        }
        requests.begin(current);
    }

    /** Where the path starts: after the scheme and authority of an absolute-form target ({@code GET http://host/p}). */
    private static int pathStart(String uri) {
        if (uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8)) {
            int slash = uri.indexOf('/', uri.indexOf("//") + 2);
            return slash < 0 ? uri.length() : slash;
        }
        return 0;
    }

    @Override
    public void readBody(Consumer<HttpContent> reader) {
        bodyReader = reader;
        if (bodyOpen && !continueSent && expectsContinue) {
            continueSent = true;
            // Written past the codec: its encoder would count this as the answer to the request, and a pipelined
            // HEAD behind it would lose its place.
            channel.pipeline().context(EdgeHttpCodec.class).writeAndFlush(CONTINUE.retainedDuplicate(), channel.voidPromise());
        }
        if (heldBody != null) {
            for (HttpContent content; (content = heldBody.poll()) != null && bodyReader == reader; ) {
                reader.accept(content);
            }
            heldBytes = 0;
        }
        updateReading();
    }

    @Override
    public void pauseBody() {
        bodyPaused = true;
        updateReading();
    }

    @Override
    public void resumeBody() {
        bodyPaused = false;
        updateReading();
    }

    @Override
    public void answered(GatewayExchange exchange, boolean keepConnection) {
        if (exchange != current) {
            return;
        }
        current = null;
        bodyReader = null;
        bodyPaused = false;
        releaseHeld();
        requests.end(exchange);
        // A caller still waiting to be told to continue would never send its body: the connection cannot go on.
        boolean bodyNeverComing = bodyOpen && !continueSent && expectsContinue;
        if (!keepConnection || bodyNeverComing || closing) {
            closeAfterReading(bodyOpen && !bodyNeverComing);
            return;
        }
        if (draining) {
            // Answered at once while the loop below, further up the stack, takes the requests sent ahead: it goes on.
            return;
        }
        draining = true;
        try {
            // Requests sent ahead, each with its body, until one is being answered.
            while (!pipelined.isEmpty() && !(current != null && pipelined.peek() instanceof HttpRequest)) {
                dispatch(pipelined.poll());
            }
        } finally {
            draining = false;
        }
        updateReading();
    }

    /** The gateway is stopping: the connection closes now if idle, otherwise once its current answer is complete. */
    void closeWhenIdle() {
        closing = true;
        if (current == null) {
            closeNow();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        if (current != null && channel.isWritable()) {
            current.callerWritable();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        GatewayExchange gone = current;
        current = null;
        releaseHeld();
        for (Object message; (message = pipelined.poll()) != null; ) {
            ReferenceCountUtil.release(message);
        }
        if (gone != null && !gone.finished()) {
            gone.callerGone();
            requests.end(gone);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        // Nothing read for the idle timeout, and no answer pending.
        if (event instanceof IdleStateEvent && current == null) {
            closeNow();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        // A reset by the peer is how many clients end; nothing to report. The connection is done either way.
        if (!(cause instanceof IOException)) {
            org.jboss.logging.Logger.getLogger(CallerConnection.class).debug("caller connection failed", cause);
        }
        closeNow();
    }

    /**
     * Closes the connection at once, what was written to it flushed first: an answer waits for the end of its loop's
     * round to be flushed ({@code BatchedFlush}), and a close would drop it.
     */
    private void closeNow() {
        channel.flush();
        channel.close();
    }

    /**
     * Closes the connection, after reading (and dropping) what the caller is still sending of its request: closed
     * with unread data, the socket would send a reset, and the caller could lose the answer just written to it
     * (nginx's lingering close). At most {@link #LINGER_SECONDS}.
     */
    private void closeAfterReading(boolean moreComing) {
        if (!moreComing) {
            closeNow();
            return;
        }
        lingering = true;
        for (Object message; (message = pipelined.poll()) != null; ) {
            ReferenceCountUtil.release(message);
        }
        channel.config().setAutoRead(true);
        channel.eventLoop().schedule(this::closeNow, LINGER_SECONDS, TimeUnit.SECONDS);
    }

    private void hold(HttpContent content) {
        if (heldBody == null) {
            heldBody = new ArrayDeque<>();
        }
        heldBody.add(content);
        heldBytes += content.content().readableBytes();
        updateReading();
    }

    /** Reads on unless a pipelined request waits, the body's reader is full, or too much body is held. */
    private void updateReading() {
        boolean read = pipelined.isEmpty() && !bodyPaused && heldBytes < HELD_BODY_LIMIT;
        if (channel.config().isAutoRead() != read) {
            channel.config().setAutoRead(read);
        }
    }

    private void releaseHeld() {
        if (heldBody != null) {
            for (HttpContent content; (content = heldBody.poll()) != null; ) {
                content.release();
            }
        }
        heldBytes = 0;
    }
}
