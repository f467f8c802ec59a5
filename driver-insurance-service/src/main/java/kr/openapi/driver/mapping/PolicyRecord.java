package kr.openapi.driver.mapping;

/**
 * One policy of the insurer feed: the insured driver, the policy number and period (yyyyMMddHHmmss, Korea's time)
 * and the cover under findInsurance's names without prefix. Numbers may be sent as JSON numbers or strings.
 */
public record PolicyRecord(String driverName, String registerNo, String phone, String insuranceNo, String fromDate, String toDate,
                           String people, String peoAmt, String goodsAmt, String carPercent, String perLow, String perHigh,
                           String deadAmt, String injAmt, String disAmt, String myCarAmt, String compCd, String compName) {
}
