package kr.openapi.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseFormatTest {

    @Test
    void readsTheFormatParametersOfPublicDataClients() {
        assertThat(ResponseFormat.fromParameter("json")).contains(ResponseFormat.JSON);
        assertThat(ResponseFormat.fromParameter("JSON")).contains(ResponseFormat.JSON);
        assertThat(ResponseFormat.fromParameter(" xml ")).contains(ResponseFormat.XML);
        assertThat(ResponseFormat.fromParameter("excel")).isEmpty();
        assertThat(ResponseFormat.fromParameter(null)).isEmpty();
        assertThat(ResponseFormat.FORMAT_PARAMETERS).containsExactly("_type", "type", "format", "dataType");
    }
}
