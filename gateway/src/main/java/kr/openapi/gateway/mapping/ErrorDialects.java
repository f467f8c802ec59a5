package kr.openapi.gateway.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.openapi.common.rest.EnvelopeText;
import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.result.ResultEnvelope;
import kr.openapi.gateway.config.GatewayConfig;

/**
 * Writes a failure raised by the gateway (key, IP, quota, upstream) in the dialect of the route it happened on, so
 * each protocol's clients parse it as they parse any other error of that protocol.
 */
public final class ErrorDialects {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DRIVER_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ErrorDialects() {
    }

    /** A rendered error: content type and body. */
    public record RenderedError(String contentType, String body) {
    }

    public static RenderedError render(GatewayConfig.Dialect dialect, ResultCode code, String detail, int httpStatus,
                                       ResponseFormat format) {
        String message = code.name() + "(" + code.code() + "): " + code.message() + (detail == null ? "" : " " + detail);
        try {
            return switch (dialect) {
                case RESULT -> new RenderedError(format.mediaType().toString(),
                        EnvelopeText.write(ResultEnvelope.failure(code, detail), format));
                case DRIVER -> json(JSON.writeValueAsString(driver(code, detail)));
                case PLATFORM -> {
                    ObjectNode body = JSON.createObjectNode().put("status", httpStatus).put("message", message);
                    body.putNull("data");
                    yield json(JSON.writeValueAsString(body));
                }
                case PORTAL_GATEWAY -> portalGateway(code, format);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Driver insurance's answer: its four-character {@code resBizCode} ({@code G0} + the gateway's code), the message
     * within the protocol's AN(100), and {@code resDate} (the gateway does not read the body, so no {@code bizSeqNo}).
     */
    private static Map<String, String> driver(ResultCode code, String detail) {
        String message = code.message() + (detail == null ? "" : " " + detail);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("resBizCode", code.asFourCharacterCode());
        body.put("resBizMessage", message.length() > 100 ? message.substring(0, 100) : message);
        body.put("resDate", LocalDateTime.now(SEOUL).format(DRIVER_DATE));
        return body;
    }

    /** data.go.kr's own gateway form, which many clients in the wild parse. */
    private static RenderedError portalGateway(ResultCode code, ResponseFormat format) throws IOException {
        String errMsg = code.isSuccess() ? "NORMAL SERVICE" : "SERVICE ERROR";
        if (format == ResponseFormat.JSON) {
            ObjectNode header = JSON.createObjectNode().put("errMsg", errMsg).put("returnAuthMsg", code.name())
                    .put("returnReasonCode", code.code());
            ObjectNode body = JSON.createObjectNode();
            body.putObject("OpenAPI_ServiceResponse").set("cmmMsgHeader", header);
            return json(JSON.writeValueAsString(body));
        }
        return new RenderedError(ResponseFormat.XML.mediaType().toString(), "<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>" + errMsg
                + "</errMsg><returnAuthMsg>" + code.name() + "</returnAuthMsg><returnReasonCode>" + code.code()
                + "</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>");
    }

    private static RenderedError json(String body) {
        return new RenderedError(ResponseFormat.JSON.mediaType().toString(), body);
    }
}
