package kr.openapi.gateway.rest;

import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.Iterator;
import java.util.List;

/**
 * What the edge refuses before any policy sees a request, because it cannot be read the same way by every party on
 * its path (RFC 9112): a request the decoder could not parse or found too long, a body framed by both
 * {@code Content-Length} and {@code Transfer-Encoding}, a transfer coding other than {@code chunked} alone, and an
 * HTTP/1.1 request without exactly one {@code Host}. Such a request is answered and its connection closed.
 */
final class RequestFraming {

    /** A refusal: the status and what to tell the caller. */
    record Refusal(HttpResponseStatus status, String reason) {
    }

    private RequestFraming() {
    }

    /** Why {@code request} is refused; null when it may go on. */
    static Refusal refusal(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            return unparsable(request.decoderResult().cause());
        }
        HttpHeaders headers = request.headers();
        if (headers.contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            List<String> codings = headers.getAll(HttpHeaderNames.TRANSFER_ENCODING);
            String joined = String.join(",", codings);
            if (!(codings.size() == 1 && joined.strip().equalsIgnoreCase("chunked"))) {
                // Chunked not last: the body's end cannot be known (400). Chunked after another coding: one the
                // gateway does not apply or pass on (501, as nginx answers).
                String last = joined.substring(joined.lastIndexOf(',') + 1).strip();
                return last.equalsIgnoreCase("chunked")
                        ? new Refusal(HttpResponseStatus.NOT_IMPLEMENTED, "Transfer-Encoding other than chunked alone: " + joined)
                        : new Refusal(HttpResponseStatus.BAD_REQUEST, "Transfer-Encoding that does not end with chunked: " + joined);
            }
        }
        int hosts = count(headers, HttpHeaderNames.HOST);
        if (hosts > 1 || hosts == 0 && request.protocolVersion().equals(HttpVersion.HTTP_1_1)) {
            return new Refusal(HttpResponseStatus.BAD_REQUEST, hosts == 0 ? "HTTP/1.1 request without Host" : "more than one Host");
        }
        return null;
    }

    private static Refusal unparsable(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return new Refusal(HttpResponseStatus.REQUEST_URI_TOO_LONG, "request line too long");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new Refusal(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request headers too large");
        }
        if (cause instanceof TooLongFrameException) {
            return new Refusal(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "request too large");
        }
        if (cause instanceof EdgeHttpCodec.AmbiguousFraming) {
            return new Refusal(HttpResponseStatus.BAD_REQUEST, cause.getMessage());
        }
        return new Refusal(HttpResponseStatus.BAD_REQUEST, "malformed request");
    }

    private static int count(HttpHeaders headers, CharSequence name) {
        int count = 0;
        for (Iterator<String> values = headers.valueStringIterator(name); values.hasNext() && count < 2; values.next()) {
            count++;
        }
        return count;
    }
}
