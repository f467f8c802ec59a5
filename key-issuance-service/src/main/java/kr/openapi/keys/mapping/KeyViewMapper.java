package kr.openapi.keys.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.keys.repository.KeyApplication;
import kr.openapi.keys.repository.ServiceKey;
import kr.openapi.keys.service.AccessIpList;
import kr.openapi.keys.service.KeyValidity;

/** Builds what members and admins see of keys and applications; decrypts key values for their owner only. */
@ApplicationScoped
public class KeyViewMapper {

    private final PersonalDataCipher cipher;

    public KeyViewMapper(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public KeyView ownerView(ServiceKey key, Map<String, String> productNames, int callsToday, LocalDate today) {
        return new KeyView(key.id, cipher.decrypt(key.keyEnc), key.productCode, productNames.get(key.productCode),
                key.issuedOn, key.expiresOn, key.status.name(), key.dailyQuota, callsToday,
                AccessIpList.split(key.accessIps), KeyValidity.reissuableFrom(key.expiresOn),
                key.status == ServiceKey.Status.ACTIVE && KeyValidity.isReissuable(key.expiresOn, today)
                        && !today.isAfter(key.expiresOn));
    }

    /** For admins: everything but the key value. */
    public KeyView adminView(ServiceKey key, Map<String, String> productNames, int callsToday, LocalDate today) {
        KeyView full = ownerView(key, productNames, callsToday, today);
        return new KeyView(full.id(), null, full.product(), full.productName(), full.issuedOn(), full.expiresOn(),
                full.status(), full.dailyQuota(), full.callsToday(), full.accessIps(), full.reissuableFrom(), full.reissuable());
    }

    public ApplicationView applicationView(KeyApplication application, Map<String, String> productNames, String applicant,
                                           List<KeyView> keys) {
        String status = application.status.name();
        return new ApplicationView(application.id, application.productCode, productNames.get(application.productCode),
                status, ApplicationView.messageFor(status), application.appliedAt.atZoneSameInstant(KeyValidity.SEOUL).toLocalDate(),
                application.decidedAt == null ? null : application.decidedAt.atZoneSameInstant(KeyValidity.SEOUL).toLocalDate(),
                AccessIpList.split(application.accessIps), application.reason, application.rejectReason, applicant, keys);
    }
}
