package kr.openapi.consent.service;

import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import kr.openapi.consent.config.ConsentConfig;

/**
 * The seed's test system (⑤: "요청 시 인증 문자가 전송되지 않음으로 임의의 번호 6자리를 입력"): sends nothing and accepts
 * any 6 digits within the code's validity. The verified person is the one claimed. It has no security digits
 * (captcha): those belong to a real provider's own page.
 */
@DefaultBean
@ApplicationScoped
public class DevelopmentIdentityVerifier implements IdentityVerifier {

    private final ConsentConfig config;

    public DevelopmentIdentityVerifier(ConsentConfig config) {
        this.config = config;
    }

    void warnAtStart(@Observes StartupEvent start) {
        Log.warn("Identity verification: the development provider (no SMS is sent; any 6 digits are accepted)."
                + " Provide a real IdentityVerifier before serving vehicle owners.");
    }

    @Override
    public Uni<String> send(IdentityClaim claim) {
        return Uni.createFrom().item(Tokens.random(12));
    }

    @Override
    public Uni<Confirmation> confirm(String challengeId, OffsetDateTime sentAt, IdentityClaim claim, String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return Uni.createFrom().item(Confirmation.of(Outcome.WRONG_CODE));
        }
        if (sentAt == null || OffsetDateTime.now().isAfter(sentAt.plus(config.codeValidity()))) {
            return Uni.createFrom().item(Confirmation.of(Outcome.EXPIRED));
        }
        String person = String.join("|", claim.name(), claim.birthDate(), claim.sex(), claim.phone());
        return Uni.createFrom().item(new Confirmation(Outcome.VERIFIED, claim.name(), person));
    }
}
