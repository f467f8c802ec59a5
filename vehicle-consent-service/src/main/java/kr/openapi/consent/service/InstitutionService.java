package kr.openapi.consent.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.result.ApiException;
import kr.openapi.consent.mapping.NewInstitution;
import kr.openapi.consent.mapping.NewServiceCode;
import kr.openapi.consent.mapping.SecretIssued;
import kr.openapi.consent.mapping.ServiceCodeIssued;
import kr.openapi.consent.mapping.VehicleItem;
import kr.openapi.consent.repository.Institution;
import kr.openapi.consent.repository.InstitutionRepository;
import kr.openapi.consent.repository.ServiceCode;
import kr.openapi.consent.repository.ServiceCodeRepository;

/** TS staff's side of seed step ⑥: institutions, their secrets and their service codes. */
@ApplicationScoped
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final ServiceCodeRepository services;
    private final PersonalDataCipher cipher;

    public InstitutionService(InstitutionRepository institutions, ServiceCodeRepository services, PersonalDataCipher cipher) {
        this.institutions = institutions;
        this.services = services;
        this.cipher = cipher;
    }

    public Uni<Institution> register(NewInstitution request) {
        Institution institution = new Institution(request.insttCode(), request.insttNm().strip(), request.siteURL(),
                request.memberId(), request.scheme(), null, OffsetDateTime.now());
        return institutions.insert(institution).map(inserted -> {
            if (!inserted) {
                throw ApiException.invalidParameter("이미 등록된 기관코드입니다: " + request.insttCode());
            }
            return institution;
        });
    }

    public Uni<Institution> get(String insttCode) {
        if (!NewInstitution.isCode(insttCode)) {
            return Uni.createFrom().failure(ApiException.noData("등록되지 않은 기관코드입니다"));
        }
        return institutions.find(insttCode)
                .onItem().ifNull().failWith(() -> ApiException.noData("등록되지 않은 기관코드입니다: " + insttCode));
    }

    /** A new secret for hashValue; the previous one stops working at once. */
    public Uni<SecretIssued> issueSecret(String insttCode) {
        if (!NewInstitution.isCode(insttCode)) {
            return Uni.createFrom().failure(ApiException.noData("등록되지 않은 기관코드입니다"));
        }
        String secret = Tokens.random(24);
        return institutions.replaceSecret(insttCode, cipher.encrypt(secret)).map(replaced -> {
            if (!replaced) {
                throw ApiException.noData("등록되지 않은 기관코드입니다: " + insttCode);
            }
            return new SecretIssued(secret);
        });
    }

    public Uni<ServiceCodeIssued> addService(String insttCode, NewServiceCode request) {
        List<String> items = List.copyOf(new LinkedHashSet<>(request.items()));
        List<String> unknown = items.stream().filter(item -> VehicleItem.of(item).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalidParameter("알 수 없는 항목: " + String.join(", ", unknown) + " (가능한 항목: "
                    + String.join(", ", Arrays.stream(VehicleItem.values()).map(Enum::name).toList()) + ")");
        }
        return get(insttCode).flatMap(institution -> {
            ServiceCode service = new ServiceCode(Tokens.serviceCode(), institution.insttCode(), request.svcNm().strip(), items);
            return services.insert(service).replaceWith(new ServiceCodeIssued(service.svcCode()));
        });
    }

    /** The secret in clear, for checking an entry's hash; null when none was issued. */
    public String secretOf(Institution institution) {
        return institution.secretEnc() == null ? null : cipher.decrypt(institution.secretEnc());
    }
}
