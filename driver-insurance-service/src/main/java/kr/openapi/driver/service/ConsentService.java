package kr.openapi.driver.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.driver.config.ConsentLinks;
import kr.openapi.driver.mapping.ConsentRequest;
import kr.openapi.driver.mapping.ConsentStatus;
import kr.openapi.driver.repository.ConsentSubject;
import kr.openapi.driver.repository.DriverRepository;

/**
 * A driver's consent to the driving company that registered them, given or withdrawn on the page their personal
 * link opens. The link stays theirs (to withdraw later, or agree again) until delDriver erases them.
 */
@ApplicationScoped
public class ConsentService {

    private final Pool pool;
    private final DriverRepository drivers;
    private final PersonalData personalData;
    private final ConsentLinks links;

    public ConsentService(Pool pool, DriverRepository drivers, PersonalData personalData, ConsentLinks links) {
        this.pool = pool;
        this.drivers = drivers;
        this.personalData = personalData;
        this.links = links;
    }

    /** The driver the link belongs to, or null for a link that is unknown or ended. */
    public Uni<ConsentSubject> subject(String token) {
        if (!isWellFormed(token)) {
            return Uni.createFrom().nullItem();
        }
        return drivers.byConsentToken(Secrets.hash(token));
    }

    /** Records {@code agree} or {@code withdraw}; answers the driver afterwards, or null for an unknown link. */
    public Uni<ConsentSubject> decide(String token, boolean agree) {
        if (!isWellFormed(token)) {
            return Uni.createFrom().nullItem();
        }
        String agreeYn = agree ? "Y" : "C";
        return pool.withTransaction(connection -> drivers.decide(connection, Secrets.hash(token), agreeYn, OffsetDateTime.now())
                .call(subject -> subject == null ? Uni.createFrom().voidItem()
                        : drivers.audit(connection, subject.clientKey(), subject.bizCode(), agree ? "AGREED" : "WITHDRAWN", null,
                                List.of(subject.personIndex()))));
    }

    public Uni<List<ConsentRequest>> requests(String bizCode, ConsentStatus status, int limit) {
        return drivers.consentRequests(bizCode, status == null ? null : status.agreeYn(), limit)
                .map(row -> new ConsentRequest(row.driverId(), row.bizCode(), PersonalDataMask.name(row.driverName()),
                        ConsentStatus.ofAgreeYn(row.agreeYn()).name(), links.linkOf(personalData.decrypt(row.consentTokenEnc()))))
                .collect().asList();
    }

    /** Links are 43 characters of [A-Za-z0-9]: anything else is not looked up. */
    private static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9]{43}");
    }
}
