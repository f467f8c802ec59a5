package kr.openapi.driver.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One driver as insDriver, delDriver and findInsurance name one: name, the first seven digits of the resident
 * registration number (birth date yyMMdd and the gender digit), and a mobile number, normalised (no dashes).
 */
public record DriverRow(String driverName, String registerNo, String phone) {

    /**
     * @throws ProtocolFailure with a row code ({@code 2001} missing, {@code 2002} too long or malformed)
     */
    public static DriverRow read(JsonNode row) {
        Fields fields = Fields.ofRow(row);
        String name = fields.required("driverName", 20);
        String registerNo = fields.required("registerNo", 8).replace("-", "");
        String phone = fields.required("phone", 13).replace("-", "");
        fields.matching(registerNo, "registerNo", "[0-9]{6}[1-8]", "생년월일 6자리와 성별 1자리");
        try {
            LocalDate.of(2000, Integer.parseInt(registerNo.substring(2, 4)), Integer.parseInt(registerNo.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new ProtocolFailure(BizCode.ROW_INVALID_FIELD, "registerNo의 생년월일이 날짜가 아닙니다");
        }
        fields.matching(phone, "phone", "01[0-9]{8,9}", "휴대전화번호 10~11자리 숫자");
        return new DriverRow(name, registerNo, phone);
    }

    /** The row's fields as sent, unchecked (any may be null): what a failed row echoes. */
    public static DriverRow echo(JsonNode row) {
        if (row == null || !row.isObject()) {
            return new DriverRow(null, null, null);
        }
        Fields fields = Fields.ofRow(row);
        return new DriverRow(fields.echo("driverName"), fields.echo("registerNo"), fields.echo("phone"));
    }

    /** The six-digit birth date (yyMMdd) that getDriver's {@code birthDay} finds. */
    public String birthDay() {
        return registerNo.substring(0, 6);
    }

    /** The identity of the person across tables: name, registration prefix and phone together. */
    public String personKey() {
        return driverName + '|' + registerNo + '|' + phone;
    }
}
