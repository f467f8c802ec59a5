package kr.openapi.driver.mapping;

/** A request the protocol refuses as a whole: answered with its {@code resBizCode}, never carried out. */
public class ProtocolFailure extends RuntimeException {

    private final BizCode code;
    private final String detail;

    public ProtocolFailure(BizCode code, String detail) {
        super(code.code() + " " + code.message(detail), null, false, false);
        this.code = code;
        this.detail = detail;
    }

    public BizCode code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
