package kr.openapi.driver.mapping;

/** getToken's answer, as the seed's sample has it. */
public record TokenIssued(String accessToken, String bizSeqNo, String resDate) {
}
