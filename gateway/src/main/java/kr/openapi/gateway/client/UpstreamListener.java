package kr.openapi.gateway.client;

import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;

/** What an {@link UpstreamCall} reports, on the caller's event loop. */
public interface UpstreamListener {

    /** The response head arrived; its body follows through {@link #onContent}. */
    void onResponse(HttpResponse head);

    /** A piece of the body, handed over (the listener releases it); a {@link io.netty.handler.codec.http.LastHttpContent} ends it. */
    void onContent(HttpContent content);

    /** The upstream's data read so far has been delivered: the time to flush what was written to the caller. */
    void onReadComplete();

    /** The call failed: before the head (nothing was answered yet) or after it (the answer is cut short). */
    void onFailure(Throwable failure, boolean afterHead);

    /** The upstream connection can take more of the request body. */
    void onWritable();
}
