package kr.openapi.consent.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The form an institution's page posts to {@code /aio365/provide/ProvideContent.do} (seed step ⑦ ②): hidden
 * fields, built by string concatenation in the seed's sample, so nothing here is trusted or echoed unescaped.
 */
public record EntryForm(String hashValue, String timeStamp, String svcCodeArr, String svcType, String carOwner, String carRegNo,
                        String insttCode, String siteURL, String siteName, String returnURLA, String returnURLD) {

    /** The posted fields; control characters (a NUL cannot even be stored) are dropped from every value. */
    public static EntryForm of(Map<String, String> posted) {
        Map<String, String> fields = new java.util.HashMap<>();
        posted.forEach((name, value) -> fields.put(name, value == null ? null : value.replaceAll("\\p{Cntrl}", "")));
        return new EntryForm(fields.get("hashValue"), fields.get("timeStamp"), fields.get("svcCodeArr"), fields.get("svcType"),
                fields.get("carOwner"), fields.get("carRegNo"), fields.get("insttCode"), fields.get("siteURL"),
                fields.get("siteName"), fields.get("returnURLA"), fields.get("returnURLD"));
    }

    /** {@code svcType=Y}: the institution gives the owner and plate, which the owner cannot change. */
    public boolean fixed() {
        return "Y".equals(svcType);
    }

    /** The service codes, upper-cased, without blanks or repeats, in the order posted. */
    public List<String> serviceCodes() {
        return svcCodeArr == null ? List.of() : Arrays.stream(svcCodeArr.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).map(String::toUpperCase).distinct().toList();
    }
}
