package kr.openapi.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.junit.jupiter.api.Test;

/** The key read from a query in the spellings data.go.kr clients send, and the query forwarded without it. */
class ServiceKeyReaderTest {

    @Test
    void theKeyIsReadInAnyCaseAndAnyPlaceRawAndDecoded() {
        assertThat(ServiceKeyReader.candidates("serviceKey=ab%2Bc", new DefaultHttpHeaders())).containsExactly("ab%2Bc", "ab+c");
        assertThat(ServiceKeyReader.candidates("pageNo=1&ServiceKey=k1&serviceKey=k2", new DefaultHttpHeaders())).containsExactly("k1");
        assertThat(ServiceKeyReader.candidates("SERVICEKEY=a+b", new DefaultHttpHeaders())).containsExactly("a+b");
        assertThat(ServiceKeyReader.candidates("serviceKeys=x&serviceKe=y", new DefaultHttpHeaders())).isEmpty();
        assertThat(ServiceKeyReader.candidates("serviceKey=&x=1", new DefaultHttpHeaders())).isEmpty();
        assertThat(ServiceKeyReader.candidates("serviceKey=a=b", new DefaultHttpHeaders())).containsExactly("a=b");
    }

    @Test
    void withoutAKeyInTheQueryTheHeadersAreRead() {
        assertThat(ServiceKeyReader.candidates("x=1", new DefaultHttpHeaders().add("X-Service-Key", "k3"))).containsExactly("k3");
        assertThat(ServiceKeyReader.candidates(null, new DefaultHttpHeaders().add("Authorization", "infuser k4"))).containsExactly("k4");
        assertThat(ServiceKeyReader.candidates(null, new DefaultHttpHeaders().add("Authorization", "Bearer t"))).isEmpty();
    }

    @Test
    void everySpellingOfTheKeyLeavesTheQueryAndEverythingElseStaysAsSent() {
        assertThat(ServiceKeyReader.queryWithoutKey("serviceKey=k")).isNull();
        assertThat(ServiceKeyReader.queryWithoutKey("pageNo=1&numOfRows=10")).isEqualTo("pageNo=1&numOfRows=10");
        assertThat(ServiceKeyReader.queryWithoutKey("pageNo=1&ServiceKey=k&q=%ED%95%9C+x")).isEqualTo("pageNo=1&q=%ED%95%9C+x");
        assertThat(ServiceKeyReader.queryWithoutKey("serviceKey=k&pageNo=1&servicekey=k2&serviceKeyX=1"))
                .isEqualTo("pageNo=1&serviceKeyX=1");
        assertThat(ServiceKeyReader.queryWithoutKey("a=1&&serviceKey&b=2&")).isEqualTo("a=1&b=2");
        assertThat(ServiceKeyReader.queryWithoutKey("a=1&")).isEqualTo("a=1");
        assertThat(ServiceKeyReader.queryWithoutKey("&&")).isNull();
        assertThat(ServiceKeyReader.queryWithoutKey("")).isNull();
    }
}
