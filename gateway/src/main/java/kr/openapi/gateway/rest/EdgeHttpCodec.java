package kr.openapi.gateway.rest;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpStatusClass;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

/**
 * Netty's {@code HttpServerCodec} (which is final), with one difference: a request that carries both
 * {@code Content-Length} and {@code Transfer-Encoding} is marked as failed instead of being read by its chunks alone
 * on a connection that goes on. A proxy in front of the gateway may have framed it by its length, and whatever the
 * two disagree on would be a request smuggled past it (RFC 9112 §6.1: refuse, or answer and close; the edge refuses
 * and closes). As in {@code HttpServerCodec}, the encoder learns the method of the request each answer is for, so
 * that the answer to a {@code HEAD} has no body.
 */
final class EdgeHttpCodec extends CombinedChannelDuplexHandler<HttpRequestDecoder, HttpResponseEncoder> {

    /** Why a request with both framings is refused. */
    static final class AmbiguousFraming extends IllegalArgumentException {
        AmbiguousFraming() {
            super("Content-Length and Transfer-Encoding together");
        }
    }

    /** The methods of the requests read and not answered yet, in order. */
    private final Queue<HttpMethod> methods = new ArrayDeque<>();

    EdgeHttpCodec(HttpDecoderConfig config) {
        init(new RequestDecoder(config), new ResponseEncoder());
    }

    private final class RequestDecoder extends HttpRequestDecoder {

        RequestDecoder(HttpDecoderConfig config) {
            super(config);
        }

        @Override
        protected void decode(ChannelHandlerContext context, ByteBuf buffer, List<Object> out) throws Exception {
            int before = out.size();
            super.decode(context, buffer, out);
            for (int i = before; i < out.size(); i++) {
                if (out.get(i) instanceof HttpRequest request) {
                    methods.add(request.method());
                }
            }
        }

        @Override
        protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
            super.handleTransferEncodingChunkedWithContentLength(message);
            message.setDecoderResult(DecoderResult.failure(new AmbiguousFraming()));
        }
    }

    private final class ResponseEncoder extends HttpResponseEncoder {

        private HttpMethod method;

        @Override
        protected boolean isContentAlwaysEmpty(HttpResponse response) {
            method = methods.poll();
            return HttpMethod.HEAD.equals(method) || super.isContentAlwaysEmpty(response);
        }

        @Override
        protected void sanitizeHeadersBeforeEncode(HttpResponse response, boolean isAlwaysEmpty) {
            if (!isAlwaysEmpty && HttpMethod.CONNECT.equals(method) && response.status().codeClass() == HttpStatusClass.SUCCESS) {
                // A tunnel's answer has no body to frame.
                response.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
                return;
            }
            super.sanitizeHeadersBeforeEncode(response, isAlwaysEmpty);
        }
    }
}
