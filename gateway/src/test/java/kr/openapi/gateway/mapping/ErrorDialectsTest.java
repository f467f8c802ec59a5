package kr.openapi.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import kr.openapi.common.rest.ResponseFormat;
import kr.openapi.common.result.ResultCode;
import kr.openapi.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

class ErrorDialectsTest {

    @Test
    void dataGoKrsOwnGatewayFormInXmlAndJson() {
        ErrorDialects.RenderedError xml = ErrorDialects.render(GatewayConfig.Dialect.PORTAL_GATEWAY,
                ResultCode.SERVICE_KEY_IS_NOT_REGISTERED_ERROR, null, 401, ResponseFormat.XML);
        assertThat(xml.contentType()).startsWith("application/xml");
        assertThat(xml.body()).isEqualTo("<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg>"
                + "<returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode>"
                + "</cmmMsgHeader></OpenAPI_ServiceResponse>");
        assertThat(ErrorDialects.render(GatewayConfig.Dialect.PORTAL_GATEWAY, ResultCode.LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR,
                null, 429, ResponseFormat.JSON).body()).isEqualTo("{\"OpenAPI_ServiceResponse\":{\"cmmMsgHeader\":{\"errMsg\":"
                + "\"SERVICE ERROR\",\"returnAuthMsg\":\"LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR\",\"returnReasonCode\":\"22\"}}}");
    }

    @Test
    void theResultEnvelopeFollowsTheCallersFormat() {
        assertThat(ErrorDialects.render(GatewayConfig.Dialect.RESULT, ResultCode.UNREGISTERED_IP_ERROR, "요청 IP: 203.0.113.5", 403,
                ResponseFormat.XML).body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><result>"
                + "<resultCode>32</resultCode><resultMessage>등록되지 않은 IP주소입니다.</resultMessage>"
                + "<resultDetail>요청 IP: 203.0.113.5</resultDetail></result>");
    }
}
