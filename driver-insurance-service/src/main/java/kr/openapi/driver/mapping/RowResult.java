package kr.openapi.driver.mapping;

/** One row of insDriver's or delDriver's answer: the driver as sent, and what became of it. */
public record RowResult(String driverName, String registerNo, String phone, String resBizCode, String resBizMessage) {

    public static RowResult of(String driverName, String registerNo, String phone, BizCode code, String detail) {
        return new RowResult(driverName, registerNo, phone, code.code(), code.message(detail));
    }
}
