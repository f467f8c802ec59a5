package kr.openapi.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import kr.openapi.common.result.ApiException;
import kr.openapi.consent.mapping.NewInstitution;
import kr.openapi.consent.repository.Institution;
import kr.openapi.consent.repository.InstitutionRepository;

@ApplicationScoped
public class InstitutionService {

    private final InstitutionRepository institutions;

    public InstitutionService(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    @WithTransaction
    public Uni<Institution> register(NewInstitution request) {
        return institutions.findById(request.insttCode())
                .onItem().ifNotNull().failWith(() -> ApiException.invalidParameter("이미 등록된 기관코드입니다: " + request.insttCode()))
                .replaceWith(() -> request.toEntity(OffsetDateTime.now()))
                .call(institutions::persist);
    }

    public Uni<Institution> get(String insttCode) {
        return institutions.findByCode(insttCode)
                .onItem().ifNull().failWith(() -> ApiException.noData("등록되지 않은 기관코드입니다: " + insttCode));
    }
}
