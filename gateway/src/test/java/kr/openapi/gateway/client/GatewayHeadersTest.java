package kr.openapi.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The header maps the edge decodes into: what a peer sends is validated, names and values alike, and so is anything
 * set on them later, except the gateway's own constant names and the values it makes as {@link AsciiString}s.
 */
class GatewayHeadersTest {

    private final EmbeddedChannel edge = new EmbeddedChannel(new HttpServerCodec(GatewayHeaders.decoder(4096, 8192, 65536)));

    @AfterEach
    void close() {
        edge.finishAndReleaseAll();
    }

    @Test
    void everyValueAPeerSendsIsDecodedAsAStringSoItIsValidated() {
        HttpHeaders headers = decoded("GET /x HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer abc\r\nX-Other: v\r\n\r\n");

        // The rule below (AsciiString values are the gateway's own) holds only while decoders make Strings.
        for (Map.Entry<CharSequence, CharSequence> header : (Iterable<Map.Entry<CharSequence, CharSequence>>) headers::iteratorCharSequence) {
            assertThat(header.getValue()).as(header.getKey().toString()).isInstanceOf(String.class);
        }
    }

    @Test
    void aValueSetAsAStringIsValidatedAndAnInvalidOneRefused() {
        HttpHeaders headers = decoded("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");

        assertThatThrownBy(() -> headers.set(GatewayHeaders.X_FORWARDED_HOST, "a\r\nInjected: yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer \u0000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(headers.contains("Injected")).isFalse();
    }

    @Test
    void theGatewaysOwnAsciiStringValueIsSetAsItIs() {
        HttpHeaders headers = decoded("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
        AsciiString token = AsciiString.of("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        headers.set(HttpHeaderNames.AUTHORIZATION, token);

        assertThat(headers.get(HttpHeaderNames.AUTHORIZATION)).isEqualTo(token.toString());
    }

    @Test
    void namesAreValidatedButTheGatewaysOwn() {
        HttpHeaders headers = decoded("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");

        assertThatThrownBy(() -> headers.set("Bad Name", "v")).isInstanceOf(IllegalArgumentException.class);
        headers.set(GatewayHeaders.X_FORWARDED_FOR, "203.0.113.7");
        assertThat(headers.get(GatewayHeaders.X_FORWARDED_FOR)).isEqualTo("203.0.113.7");
    }

    @Test
    void aPeersInvalidHeaderValueIsNotDecodedIntoARequest() {
        edge.writeInbound(Unpooled.copiedBuffer("GET /x HTTP/1.1\r\nHost: a\r\nX-Bad: a\u0000b\r\n\r\n", StandardCharsets.ISO_8859_1));
        HttpRequest request = edge.readInbound();

        assertThat(request.decoderResult().isFailure()).isTrue();
        ReferenceCountUtil.release(request);
    }

    private HttpHeaders decoded(String head) {
        edge.writeInbound(Unpooled.copiedBuffer(head, StandardCharsets.ISO_8859_1));
        HttpRequest request = edge.readInbound();
        assertThat(request.decoderResult().isSuccess()).isTrue();
        ReferenceCountUtil.release(request);
        return request.headers();
    }
}
