package kr.openapi.catalog.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import kr.openapi.catalog.repository.OrgClass;
import kr.openapi.catalog.repository.OrgClassRepository;

/** Organisation classes: what the organisation class code API lists and operators maintain. */
@ApplicationScoped
public class OrgClassService {

    private final OrgClassRepository repository;

    public OrgClassService(OrgClassRepository repository) {
        this.repository = repository;
    }

    public Uni<List<OrgClass>> list() {
        return repository.listByCode();
    }

    /** Adds the class or renames it; returns the stored record. */
    @WithTransaction
    public Uni<OrgClass> save(String code, String name) {
        return repository.findById(code)
                .onItem().ifNull().continueWith(() -> {
                    OrgClass created = new OrgClass();
                    created.code = code;
                    return created;
                })
                .invoke(orgClass -> {
                    orgClass.name = name;
                    orgClass.updatedAt = OffsetDateTime.now();
                })
                .call(repository::persist);
    }
}
