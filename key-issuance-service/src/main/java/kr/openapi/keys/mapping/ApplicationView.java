package kr.openapi.keys.mapping;

import java.time.LocalDate;
import java.util.List;

/**
 * An application with its progress (seed: 신청 > 승인 검토 > 승인완료) and, once approved, its keys (newest first).
 * {@code statusMessage} is the seed's sentence for the state.
 */
public record ApplicationView(long id, String product, String productName, String status, String statusMessage,
                              LocalDate appliedOn, LocalDate decidedOn, List<String> accessIps, String reason,
                              String rejectReason, String applicant, List<KeyView> keys) {

    public static String messageFor(String status) {
        return switch (status) {
            case "UNDER_REVIEW" -> "API 발행 승인여부 검토중입니다. 승인 결과가 나올때까지 기다려주세요.";
            case "APPROVED" -> "Open API 발행이 승인되었습니다. 아래 API 발급정보에서 부여된 SERVICE KEY를 확인하여 사용하시기 바랍니다.";
            default -> "Open API 발행 신청이 반려되었습니다.";
        };
    }
}
