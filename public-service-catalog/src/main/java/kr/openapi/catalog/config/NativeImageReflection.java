package kr.openapi.catalog.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import kr.openapi.catalog.repository.PublicService;

/** Native image: the bulk import maps JSON and CSV rows to services with Jackson itself (ServiceFile). */
@RegisterForReflection(targets = PublicService.class)
final class NativeImageReflection {

    private NativeImageReflection() {
    }
}
