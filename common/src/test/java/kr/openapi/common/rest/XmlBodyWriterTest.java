package kr.openapi.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import kr.openapi.common.result.ResultCode;
import kr.openapi.common.result.ResultEnvelope;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlBodyWriterTest {

    @Test
    void multiLineAndOddTextStaysOnOneWellFormedLine() throws Exception {
        String text = "첫 줄\n둘째 줄\r\n\t들여쓰기 <태그> & 기호 \u0001끝";
        String xml = XmlBodyWriter.toXml(ResultEnvelope.failure(ResultCode.INVALID_REQUEST_PARAMETER_ERROR, text));

        assertThat(xml).doesNotContain("\n", "\r", "\t", "\u0001")
                .startsWith(XmlBodyWriter.DECLARATION + "<result><resultCode>10</resultCode>")
                .contains("첫 줄&#10;둘째 줄&#13;&#10;&#9;들여쓰기 &lt;태그&gt; &amp; 기호 \uFFFD끝");
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getElementsByTagName("resultDetail").item(0).getTextContent())
                .as("a parser reads the line breaks back").isEqualTo("첫 줄\n둘째 줄\r\n\t들여쓰기 <태그> & 기호 \uFFFD끝");
    }
}
