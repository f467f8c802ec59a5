package kr.openapi.common.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The {@code result} envelope of the public data portal: {@code resultCode} and {@code resultMessage} first, then
 * the API's own elements (subclasses add them, in the seed's order).
 *
 * <pre>{@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?><result><resultCode>00</resultCode>
 * <resultMessage>정상입니다.</resultMessage>...</result>}</pre>
 *
 * <p>{@code resultDetail} is not in the seed: it is present only on failures, to say what was wrong, and JAXB-based
 * clients ignore unknown elements.
 */
@JacksonXmlRootElement(localName = "result")
@JsonPropertyOrder({"resultCode", "resultMessage", "resultDetail"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ResultEnvelope {

    @JsonProperty("resultCode")
    private final String resultCode;

    @JsonProperty("resultMessage")
    private final String resultMessage;

    @JsonProperty("resultDetail")
    private final String resultDetail;

    protected ResultEnvelope(ResultCode code, String detail) {
        this.resultCode = code.code();
        this.resultMessage = code.message();
        this.resultDetail = detail;
    }

    /** A successful envelope; subclasses call this and add their elements. */
    protected ResultEnvelope() {
        this(ResultCode.NORMAL_SERVICE, null);
    }

    public static ResultEnvelope failure(ResultCode code, String detail) {
        return new ResultEnvelope(code, detail);
    }

    public String getResultCode() {
        return resultCode;
    }

    public String getResultMessage() {
        return resultMessage;
    }

    public String getResultDetail() {
        return resultDetail;
    }
}
