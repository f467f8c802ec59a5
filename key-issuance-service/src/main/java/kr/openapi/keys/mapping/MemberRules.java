package kr.openapi.keys.mapping;

/** Field rules of the sign-up and my-page forms (seed: 회원정보 수정). */
public final class MemberRules {

    /** Upper- and lower-case letters, digits and one of ~`!@#$%^&*()-+=, 8 to 20 characters, nothing else. */
    public static final String PASSWORD =
            "^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[~`!@#$%^&*()\\-+=])[A-Za-z0-9~`!@#$%^&*()\\-+=]{8,20}$";
    public static final String PASSWORD_MESSAGE = "대소문자, 숫자, 특수문자(~`!@#$%^&*()-+=)를 모두 포함한 8~20자여야 합니다";

    public static final String LOGIN_ID = "^[a-z][a-z0-9_]{3,19}$";
    public static final String LOGIN_ID_MESSAGE = "영문 소문자로 시작하는 영문 소문자, 숫자, '_' 4~20자여야 합니다";

    public static final String NAME = "^[가-힣a-zA-Z][가-힣a-zA-Z .·-]{0,28}[가-힣a-zA-Z.]$";
    public static final String NAME_MESSAGE = "한글 또는 영문 2~30자여야 합니다";

    private MemberRules() {
    }
}
