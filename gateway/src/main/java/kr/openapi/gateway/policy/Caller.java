package kr.openapi.gateway.policy;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpContent;
import java.util.function.Consumer;

/** The connection a request came on, as the chain sees it: its request body, and where its answer goes. */
public interface Caller {

    Channel channel();

    /**
     * Hands the request body to {@code reader}, which takes each piece (what arrived so far first, the rest as it
     * arrives); a caller that expects {@code 100 Continue} is told to send it now.
     */
    void readBody(Consumer<HttpContent> reader);

    /** Stops reading the request body until {@link #resumeBody()} (where it goes is full). */
    void pauseBody();

    void resumeBody();

    /** The answer is complete (or was cut short): the connection takes the next request, or is closed. */
    void answered(GatewayExchange exchange, boolean keepConnection);
}
