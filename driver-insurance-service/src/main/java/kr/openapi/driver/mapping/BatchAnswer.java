package kr.openapi.driver.mapping;

import java.util.List;

/** insDriver's and delDriver's answer. */
public record BatchAnswer(String bizSeqNo, String resCount, String resDate, List<RowResult> resList) {
}
