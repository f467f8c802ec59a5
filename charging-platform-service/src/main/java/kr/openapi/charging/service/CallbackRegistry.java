package kr.openapi.charging.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import kr.openapi.charging.mapping.PlatformFailure;
import kr.openapi.charging.repository.CallbackRepository;
import kr.openapi.common.net.IpRange;
import kr.openapi.common.result.ApiException;

/**
 * The addresses the platform calls an operator back on: report failures, connector status queries, process-data
 * requests and safety warnings. Each is checked against {@link CallbackAddressPolicy} when it is set.
 */
@ApplicationScoped
public class CallbackRegistry {

    public static final List<String> TYPES = List.of("reportFailure", "cellStatusQuery", "processData", "safety");

    private final CallbackRepository callbacks;
    private final CallbackAddressPolicy policy;

    public CallbackRegistry(CallbackRepository callbacks, CallbackAddressPolicy policy) {
        this.callbacks = callbacks;
        this.policy = policy;
    }

    public Uni<Void> set(String operatorId, String type, String url) {
        return callbacks.allowlist(operatorId)
                .flatMap(allowed -> policy.check(url, allowed.stream().map(IpRange::parse).toList()))
                .flatMap(checked -> callbacks.set(operatorId, type, checked.toString()));
    }

    public Uni<Void> delete(String operatorId, String type) {
        return callbacks.delete(operatorId, type).map(deleted -> {
            if (!deleted) {
                throw PlatformFailure.notFound(type + " callback");
            }
            return null;
        });
    }

    public Uni<Map<String, String>> all(String operatorId) {
        return callbacks.all(operatorId, TYPES);
    }

    /** A portal admin lets this operator's callbacks reach these ranges (for example its own private network). */
    public Uni<List<String>> allow(String operatorId, List<String> cidrs) {
        List<String> canonical;
        try {
            canonical = cidrs == null ? List.of() : cidrs.stream().map(IpRange::parse).map(IpRange::toString).toList();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("cidrs: " + e.getMessage());
        }
        return callbacks.setAllowlist(operatorId, canonical).map(found -> {
            if (!found) {
                throw ApiException.noData("등록되지 않은 운영사입니다: " + operatorId);
            }
            return canonical;
        });
    }
}
