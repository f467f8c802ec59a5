package kr.openapi.gateway.client;

import io.netty.handler.codec.DefaultHeaders;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.util.AsciiString;

/**
 * The header names the gateway writes itself, and the decoders of both its sides. Every name and value a caller or
 * an upstream sends is validated as it is decoded; the names below, set on those same decoded header maps on every
 * call, are the gateway's own constants and are not validated again each time (that was 3 % of a call's work), nor
 * are values the gateway makes as {@link AsciiString}s (the internal token, 500 characters: 1 %). A decoder makes
 * every value a {@link String}; never wrap a value read from a peer in an {@link AsciiString}.
 */
public final class GatewayHeaders {

    public static final AsciiString X_FORWARDED_FOR = AsciiString.cached("x-forwarded-for");
    public static final AsciiString X_FORWARDED_PROTO = AsciiString.cached("x-forwarded-proto");
    public static final AsciiString X_FORWARDED_HOST = AsciiString.cached("x-forwarded-host");
    public static final AsciiString RATE_LIMIT_LIMIT = AsciiString.cached("RateLimit-Limit");
    public static final AsciiString RATE_LIMIT_REMAINING = AsciiString.cached("RateLimit-Remaining");
    public static final AsciiString RATE_LIMIT_RESET = AsciiString.cached("RateLimit-Reset");

    /** Compared by identity: a name a decoder makes is never one of these objects (even the few it shares are others). */
    private static final AsciiString[] OWN = {X_FORWARDED_FOR, X_FORWARDED_PROTO, X_FORWARDED_HOST, RATE_LIMIT_LIMIT,
            RATE_LIMIT_REMAINING, RATE_LIMIT_RESET, HttpHeaderNames.HOST, HttpHeaderNames.AUTHORIZATION,
            HttpHeaderNames.CONTENT_LENGTH, HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.CONNECTION};

    private static final DefaultHeaders.NameValidator<CharSequence> VALIDATED =
            DefaultHttpHeadersFactory.headersFactory().getNameValidator();

    private static final DefaultHeaders.ValueValidator<CharSequence> VALUE_VALIDATED =
            DefaultHttpHeadersFactory.headersFactory().getValueValidator();

    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withNameValidator(name -> {
        for (AsciiString own : OWN) {
            if (own == name) {
                return;
            }
        }
        VALIDATED.validateName(name);
    }).withValueValidator(value -> {
        if (!(value instanceof AsciiString)) {
            VALUE_VALIDATED.validate(value);
        }
    });

    private GatewayHeaders() {
    }

    /** A decoder's settings: its limits, and header maps that validate every name but the gateway's own. */
    public static HttpDecoderConfig decoder(int maxInitialLine, int maxHeaderSize, int maxChunkSize) {
        return new HttpDecoderConfig().setMaxInitialLineLength(maxInitialLine).setMaxHeaderSize(maxHeaderSize)
                .setMaxChunkSize(maxChunkSize).setHeadersFactory(HEADERS);
    }
}
