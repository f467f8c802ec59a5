package kr.openapi.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

    @Test
    void aFormatParameterWinsOverTheAcceptHeader() {
        assertThat(ResponseFormat.choose(Map.of("dataType", "JSON")::get, "application/xml", ResponseFormat.XML))
                .isEqualTo(ResponseFormat.JSON);
        assertThat(ResponseFormat.choose(Map.of("_type", "xml", "format", "json")::get, null, ResponseFormat.JSON))
                .isEqualTo(ResponseFormat.XML);
        assertThat(ResponseFormat.choose(Map.of("format", "html")::get, "application/json", ResponseFormat.XML))
                .as("a format that is not json or xml leaves the choice to Accept").isEqualTo(ResponseFormat.JSON);
    }

    @Test
    void theAcceptHeaderIsReadWithItsQualities() {
        assertThat(ResponseFormat.fromAccept("application/xml;q=0.5, application/json")).contains(ResponseFormat.JSON);
        assertThat(ResponseFormat.fromAccept("application/json;q=0.4, text/xml;q=0.8")).contains(ResponseFormat.XML);
        assertThat(ResponseFormat.fromAccept("application/json, application/xml")).as("a tie: the first").contains(ResponseFormat.JSON);
        assertThat(ResponseFormat.fromAccept("application/problem+json")).contains(ResponseFormat.JSON);
        assertThat(ResponseFormat.fromAccept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .contains(ResponseFormat.XML);
        assertThat(ResponseFormat.fromAccept("application/json;q=0")).isEmpty();
        assertThat(ResponseFormat.fromAccept("*/*")).isEmpty();
        assertThat(ResponseFormat.fromAccept("text/html")).isEmpty();
        assertThat(ResponseFormat.fromAccept(null)).isEmpty();
    }

    @Test
    void withNothingNamedTheApisDefaultApplies() {
        assertThat(ResponseFormat.choose(Map.<String, String>of()::get, "*/*", ResponseFormat.XML)).isEqualTo(ResponseFormat.XML);
        assertThat(ResponseFormat.choose(Map.<String, String>of()::get, null, ResponseFormat.JSON)).isEqualTo(ResponseFormat.JSON);
    }
}
