package kr.openapi.driver.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A request refused as a whole: the protocol's header fields and the code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Failure(String bizSeqNo, String resDate, String resBizCode, String resBizMessage) {

    public static Failure of(String bizSeqNo, String resDate, BizCode code, String detail) {
        return new Failure(bizSeqNo, resDate, code.code(), code.message(detail));
    }
}
