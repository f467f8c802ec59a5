package kr.openapi.driver.service;

import jakarta.enterprise.context.ApplicationScoped;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.privacy.PersonalDataIndex;
import kr.openapi.driver.mapping.DriverRow;

/** How this service keeps drivers' personal data: encrypted, and found through keyed blind indexes. */
@ApplicationScoped
public class PersonalData {

    private final PersonalDataCipher cipher;
    private final PersonalDataIndex index;

    public PersonalData(PersonalDataCipher cipher, PersonalDataIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    public String encrypt(String value) {
        return cipher.encrypt(value);
    }

    public String decrypt(String stored) {
        return cipher.decrypt(stored);
    }

    public String person(DriverRow row) {
        return index.of("person", row.personKey());
    }

    public String registerNo(String registerNo) {
        return index.of("registerNo", registerNo);
    }

    public String birthDay(String yyMMdd) {
        return index.of("birthDay", yyMMdd);
    }

    public String phone(String phone) {
        return index.of("phone", phone);
    }

    /** A keyed hash of arbitrary content (a feed record, a request): compares without revealing. */
    public String fingerprint(String content) {
        return index.of("content", content);
    }
}
