package kr.openapi.consent.service;

import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;

/**
 * A mobile-phone identity provider (seed ④: the institution's contract with a verification company). It sends a
 * code to the claimed phone and checks the code the owner types back. A real provider replaces
 * {@link DevelopmentIdentityVerifier} as a bean of this type; the flow keeps attempts and resend limits itself.
 */
public interface IdentityVerifier {

    /** Sends a code for the claim; answers the provider's reference for this send. */
    Uni<String> send(IdentityClaim claim);

    /** Checks a 6-digit code against a send made at {@code sentAt}. */
    Uni<Confirmation> confirm(String challengeId, OffsetDateTime sentAt, IdentityClaim claim, String code);

    /** The provider's answer: the verified person (their name and a stable identifier), or why not. */
    record Confirmation(Outcome outcome, String verifiedName, String personIdentifier) {

        public static Confirmation of(Outcome outcome) {
            return new Confirmation(outcome, null, null);
        }
    }

    enum Outcome {
        VERIFIED, WRONG_CODE, EXPIRED
    }
}
