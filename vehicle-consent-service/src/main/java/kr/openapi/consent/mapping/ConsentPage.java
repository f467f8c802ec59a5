package kr.openapi.consent.mapping;

import java.util.List;
import kr.openapi.consent.repository.FlowStep;

/**
 * What one of the owner's pages shows. Personal data only masked (the plate as {@code ***3456}, the name as
 * {@code 홍*동}); every value is escaped by the templates.
 */
public record ConsentPage(FlowStep step, boolean mobile, String csrf, String institution, String siteName, boolean fixed,
                          String ownerMasked, String plateMasked, String carrier, String phoneMasked, long codeSecondsLeft,
                          int resendsLeft, List<ServiceChoice> services, VehicleRow vehicle, String error, String notice,
                          String withdrawPath, String returnUrlA) {

    /** A service of the entry, with its items' Korean names. */
    public record ServiceChoice(String svcCode, String svcNm, String items) {
    }

    /** Step 7's table: the plate's last four, the car name, the registration date as {@code 2019.07.05}. */
    public record VehicleRow(String plateMasked, String carName, String registeredOn) {
    }

    public String carrierLabel() {
        if (carrier == null) {
            return "";
        }
        return switch (carrier) {
            case "LGU" -> "LGU+";
            case "MVNO" -> "알뜰폰";
            default -> carrier;
        };
    }
}
