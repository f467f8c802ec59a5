package kr.openapi.consent.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import kr.openapi.consent.service.IdentityClaim;

/** Native image: the flow keeps the typed identity as encrypted JSON and reads it back with Jackson itself. */
@RegisterForReflection(targets = IdentityClaim.class)
final class NativeImageReflection {

    private NativeImageReflection() {
    }
}
