package kr.openapi.common.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResultCodeTest {

    @Test
    void hasTheSeventeenCodesOfTheSeedWithTheirKoreanMessages() {
        assertThat(ResultCode.values()).hasSize(17);
        assertThat(Arrays.stream(ResultCode.values()).map(c -> c.code() + " " + c.message())).containsExactly(
                "00 정상입니다.",
                "01 어플리케이션 에러입니다.",
                "02 데이터베이스 에러입니다.",
                "03 데이터없음 에러입니다.",
                "04 HTTP 에러입니다.",
                "05 서비스 연결실패 에러입니다.",
                "10 잘못된 요청 파라미터 에러입니다.",
                "11 필수요청 파라미터가 없습니다.",
                "12 해당 오픈API서비스가 없거나 폐기되었습니다.",
                "20 서비스 접근거부입니다.",
                "21 일시적으로 사용할 수 없는 서비스 키입니다.",
                "22 서비스 요청제한횟수 초과에러(일별 요청한도 등)입니다.",
                "30 등록되지 않은 서비스키입니다.",
                "31 기한만료된 서비스키입니다.",
                "32 등록되지 않은 IP주소입니다.",
                "33 서명되지 않은 호출입니다.",
                "99 기타 에러입니다.");
    }

    @Test
    void namesAreThoseDataGoKrClientsKnow() {
        assertThat(ResultCode.fromCode("30")).contains(ResultCode.SERVICE_KEY_IS_NOT_REGISTERED_ERROR);
        assertThat(ResultCode.fromCode("22")).contains(ResultCode.LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR);
        assertThat(ResultCode.fromCode("05")).contains(ResultCode.SERVICETIME_OUT);
        assertThat(ResultCode.fromCode("7")).isEmpty();
        assertThat(ResultCode.fromCode(null)).isEmpty();
    }

    @Test
    void httpStatusFollowsTheSpecTable() {
        assertThat(ResultCode.SERVICE_KEY_IS_NOT_REGISTERED_ERROR.httpStatus()).isEqualTo(401);
        assertThat(ResultCode.DEADLINE_HAS_EXPIRED_ERROR.httpStatus()).isEqualTo(401);
        assertThat(ResultCode.SERVICE_ACCESS_DENIED_ERROR.httpStatus()).isEqualTo(403);
        assertThat(ResultCode.TEMPORARILY_DISABLE_THE_SERVICEKEY_ERROR.httpStatus()).isEqualTo(403);
        assertThat(ResultCode.UNREGISTERED_IP_ERROR.httpStatus()).isEqualTo(403);
        assertThat(ResultCode.UNSIGNED_CALL_ERROR.httpStatus()).isEqualTo(403);
        assertThat(ResultCode.LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR.httpStatus()).isEqualTo(429);
        assertThat(ResultCode.SERVICETIME_OUT.httpStatus()).isEqualTo(502);
        assertThat(ResultCode.INVALID_REQUEST_PARAMETER_ERROR.httpStatus()).isEqualTo(400);
        assertThat(ResultCode.NO_MANDATORY_REQUEST_PARAMETERS_ERROR.httpStatus()).isEqualTo(400);
        assertThat(ResultCode.NO_OPENAPI_SERVICE_ERROR.httpStatus()).isEqualTo(404);
        assertThat(ResultCode.NORMAL_SERVICE.httpStatus()).isEqualTo(200);
    }
}
