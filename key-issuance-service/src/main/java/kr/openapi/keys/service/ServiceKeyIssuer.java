package kr.openapi.keys.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.security.ServiceKeyHash;
import kr.openapi.keys.repository.KeyApplication;
import kr.openapi.keys.repository.ServiceKey;
import kr.openapi.keys.repository.ServiceKeyRepository;

/**
 * Makes and stores a new key for an approved application: the value from a CSPRNG, only its hash and its encrypted
 * form stored, valid from {@code issuedOn} through issue + 2 years - 1 day, at the next feed position.
 */
@ApplicationScoped
public class ServiceKeyIssuer {

    private final ServiceKeyRepository keys;
    private final ServiceKeyGenerator generator;
    private final PersonalDataCipher cipher;

    public ServiceKeyIssuer(ServiceKeyRepository keys, ServiceKeyGenerator generator, PersonalDataCipher cipher) {
        this.keys = keys;
        this.generator = generator;
        this.cipher = cipher;
    }

    /** The stored key and, once, its value. */
    public record IssuedKey(ServiceKey key, String value) {
    }

    /** Must run inside the transaction that approves (or re-issues). */
    public Uni<IssuedKey> issue(KeyApplication application, int dailyQuota, LocalDate issuedOn) {
        String value = generator.next();
        return keys.nextChangeSeq().chain(seq -> {
            ServiceKey key = new ServiceKey();
            key.applicationId = application.id;
            key.memberId = application.memberId;
            key.productCode = application.productCode;
            key.keyHash = ServiceKeyHash.of(value);
            key.keyEnc = cipher.encrypt(value);
            key.accessIps = application.accessIps;
            key.dailyQuota = dailyQuota;
            key.status = ServiceKey.Status.ACTIVE;
            key.issuedOn = issuedOn;
            key.expiresOn = KeyValidity.expiryFor(issuedOn);
            key.changeSeq = seq;
            key.updatedAt = OffsetDateTime.now();
            return keys.persist(key).map(saved -> new IssuedKey(saved, value));
        });
    }
}
