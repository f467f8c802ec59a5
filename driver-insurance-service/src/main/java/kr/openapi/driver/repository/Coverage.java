package kr.openapi.driver.repository;

import java.util.List;

/**
 * What a policy covers, as findInsurance sends it (unprefixed for the renewal, {@code as}-prefixed for the current
 * cover): amounts in 10,000 KRW, rates in percent, kept as the insurer's digits.
 */
public record Coverage(String people, String peoAmt, String goodsAmt, String carPercent, String perLow, String perHigh,
                       String deadAmt, String injAmt, String disAmt, String myCarAmt, String compCd, String compName) {

    /** The protocol's names, in the seed's order; {@link #values()} gives the values in the same order. */
    public static final List<String> NAMES = List.of("people", "peoAmt", "goodsAmt", "carPercent", "perLow", "perHigh", "deadAmt",
            "injAmt", "disAmt", "myCarAmt", "compCd", "compName");

    public List<String> values() {
        return List.of(people, peoAmt, goodsAmt, carPercent, perLow, perHigh, deadAmt, injAmt, disAmt, myCarAmt, compCd, compName);
    }
}
