package kr.openapi.common.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kr.openapi.common.rest.XmlBodyWriter;
import org.junit.jupiter.api.Test;

class ResultEnvelopeTest {

    /** A response in the shape of the seed's organisation-class sample, to check the envelope around API elements. */
    static class Sample extends ResultEnvelope {
        @JsonProperty("orgClses")
        final Classes orgClses = new Classes();
    }

    static class Classes {
        @JsonProperty("orgCls")
        @JacksonXmlElementWrapper(useWrapping = false)
        final List<Entry> orgCls = List.of(new Entry("BA0301", "중앙행정기관(소속기관 포함)"), new Entry("BA0303", "시군구"));
    }

    record Entry(@JsonProperty("orgClsCode") String orgClsCode, @JsonProperty("orgClsName") String orgClsName) {
    }

    @Test
    void writesTheSeedSampleOnOneLineBehindTheJaxbDeclaration() throws Exception {
        assertThat(XmlBodyWriter.toXml(new Sample())).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<result><resultCode>00</resultCode><resultMessage>정상입니다.</resultMessage>"
                        + "<orgClses><orgCls><orgClsCode>BA0301</orgClsCode><orgClsName>중앙행정기관(소속기관 포함)</orgClsName></orgCls>"
                        + "<orgCls><orgClsCode>BA0303</orgClsCode><orgClsName>시군구</orgClsName></orgCls></orgClses></result>");
    }

    @Test
    void jsonMirrorsTheXmlStructure() throws Exception {
        assertThat(new ObjectMapper().writeValueAsString(new Sample())).isEqualTo(
                "{\"resultCode\":\"00\",\"resultMessage\":\"정상입니다.\",\"orgClses\":{\"orgCls\":["
                        + "{\"orgClsCode\":\"BA0301\",\"orgClsName\":\"중앙행정기관(소속기관 포함)\"},"
                        + "{\"orgClsCode\":\"BA0303\",\"orgClsName\":\"시군구\"}]}}");
    }

    @Test
    void failureCarriesCodeMessageAndDetail() throws Exception {
        String xml = XmlBodyWriter.toXml(ResultEnvelope.failure(ResultCode.INVALID_REQUEST_PARAMETER_ERROR, "pageSize는 1~100 사이여야 합니다: 500"));
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<result><resultCode>10</resultCode><resultMessage>잘못된 요청 파라미터 에러입니다.</resultMessage>"
                + "<resultDetail>pageSize는 1~100 사이여야 합니다: 500</resultDetail></result>");
        assertThat(new ObjectMapper().writeValueAsString(ResultEnvelope.failure(ResultCode.NODATA_ERROR, null)))
                .isEqualTo("{\"resultCode\":\"03\",\"resultMessage\":\"데이터없음 에러입니다.\"}");
    }

    @Test
    void escapesMarkupInValues() throws Exception {
        assertThat(XmlBodyWriter.toXml(ResultEnvelope.failure(ResultCode.INVALID_REQUEST_PARAMETER_ERROR, "<script>&")))
                .contains("<resultDetail>&lt;script&gt;&amp;</resultDetail>");
    }
}
