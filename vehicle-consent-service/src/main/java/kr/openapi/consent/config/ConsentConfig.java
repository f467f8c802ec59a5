package kr.openapi.consent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The consent flow's limits (seed steps 2-6) and the local suite's synthetic registry. */
@ConfigMapping(prefix = "consent")
public interface ConsentConfig {

    /** How old an entry's {@code timeStamp} may be (the seed's institutions post it as they open the window). */
    @WithDefault("PT5M")
    Duration entryWindow();

    /** How far ahead of this server's clock a {@code timeStamp} may be (clock skew between the two servers). */
    @WithDefault("PT1M")
    Duration entryClockSkew();

    /** How long an owner has for steps 3 to 7. */
    @WithDefault("PT30M")
    Duration flowLifetime();

    /** How long a code sent by the identity provider is valid (the seed: 3 minutes). */
    @WithDefault("PT3M")
    Duration codeValidity();

    /** Wrong codes after which the session is locked. */
    @WithDefault("5")
    int maxCodeFailures();

    /** How many times a code may be sent again. */
    @WithDefault("5")
    int maxResends();

    /** The least time between two sends of a code. */
    @WithDefault("PT30S")
    Duration resendInterval();

    /** Owner checks (name + plate) that may fail before the session is locked: the registry is not an oracle. */
    @WithDefault("5")
    int maxOwnerFailures();

    /** Whether the session cookie is marked Secure (off only where the pages are served over plain http locally). */
    @WithDefault("true")
    boolean secureCookie();

    /** Synthetic vehicles loaded into an empty registry at start (the local suite); 0 in production. */
    @WithDefault("0")
    int demoVehicles();
}
