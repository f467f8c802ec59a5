package kr.openapi.driver.mapping;

import java.util.Arrays;
import java.util.Optional;

/** A consent request's status and the {@code agreeYn} of the protocol it corresponds to. */
public enum ConsentStatus {
    PENDING("M"), AGREED("Y"), WITHDRAWN("C");

    private final String agreeYn;

    ConsentStatus(String agreeYn) {
        this.agreeYn = agreeYn;
    }

    public String agreeYn() {
        return agreeYn;
    }

    public static ConsentStatus ofAgreeYn(String agreeYn) {
        return Arrays.stream(values()).filter(s -> s.agreeYn.equals(agreeYn)).findFirst().orElse(PENDING);
    }

    public static Optional<ConsentStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
