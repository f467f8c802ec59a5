package kr.openapi.common.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the personal-data cipher of a service that stores personal data. Its key, {@code openapi.pii.key}
 * ({@code OPENAPI_PII_KEY}), comes from a Secret; a service that injects the cipher without a key does not start.
 */
@ApplicationScoped
public class PersonalDataCipherProducer {

    @Produces
    @Singleton
    PersonalDataCipher cipher(@ConfigProperty(name = "openapi.pii.key") String base64Key) {
        return new PersonalDataCipher(base64Key);
    }

    /** The blind index that finds encrypted values, keyed from the same secret. */
    @Produces
    @Singleton
    PersonalDataIndex index(@ConfigProperty(name = "openapi.pii.key") String base64Key) {
        return new PersonalDataIndex(base64Key);
    }
}
