package kr.openapi.keys.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.openapi.common.result.ApiException;
import kr.openapi.keys.mapping.ApplicationRequest;
import kr.openapi.keys.mapping.ApplicationView;
import kr.openapi.keys.mapping.KeyView;
import kr.openapi.keys.mapping.KeyViewMapper;
import kr.openapi.keys.repository.ApiProductRepository;
import kr.openapi.keys.repository.AuditEventRepository;
import kr.openapi.keys.repository.KeyApplication;
import kr.openapi.keys.repository.KeyApplicationRepository;
import kr.openapi.keys.repository.KeyUsageRepository;
import kr.openapi.keys.repository.MemberRepository;
import kr.openapi.keys.repository.ServiceKey;
import kr.openapi.keys.repository.ServiceKeyRepository;

/** Applications for keys: a member applies, an admin approves (a key is issued) or rejects. */
@ApplicationScoped
public class KeyApplicationService {

    private final KeyApplicationRepository applications;
    private final ApiProductRepository products;
    private final MemberRepository members;
    private final ServiceKeyRepository keys;
    private final KeyUsageRepository usage;
    private final AuditEventRepository audit;
    private final ServiceKeyIssuer issuer;
    private final KeyViewMapper views;

    public KeyApplicationService(KeyApplicationRepository applications, ApiProductRepository products, MemberRepository members,
                                 ServiceKeyRepository keys, KeyUsageRepository usage, AuditEventRepository audit,
                                 ServiceKeyIssuer issuer, KeyViewMapper views) {
        this.applications = applications;
        this.products = products;
        this.members = members;
        this.keys = keys;
        this.usage = usage;
        this.audit = audit;
        this.issuer = issuer;
        this.views = views;
    }

    @WithTransaction
    public Uni<ApplicationView> apply(long memberId, ApplicationRequest request) {
        String accessIps = AccessIpList.normalise(request.accessIps());
        return products.findById(request.product())
                .onItem().ifNull().failWith(() -> ApiException.invalidParameter("신청할 수 없는 API입니다: " + request.product()))
                .call(product -> applications.hasPending(memberId, product.code).invoke(pending -> {
                    if (pending) {
                        throw ApiException.invalidParameter("이미 승인 검토 중인 신청이 있습니다: " + product.name);
                    }
                }))
                .chain(product -> {
                    KeyApplication application = new KeyApplication();
                    application.memberId = memberId;
                    application.productCode = product.code;
                    application.accessIps = accessIps;
                    application.reason = request.reason().strip();
                    application.status = KeyApplication.Status.UNDER_REVIEW;
                    application.appliedAt = OffsetDateTime.now();
                    return applications.persist(application)
                            .call(saved -> audit.record(memberId, "APPLICATION_SUBMITTED", "key_application", saved.id, product.code))
                            .map(saved -> views.applicationView(saved, Map.of(product.code, product.name), null, List.of()));
                });
    }

    /** The member's applications, newest first, each with its keys. */
    @WithSession
    public Uni<List<ApplicationView>> applicationsOf(long memberId) {
        LocalDate today = KeyValidity.today();
        return products.namesByCode().chain(names -> applications.listOfMember(memberId).chain(list ->
                keys.listOfMember(memberId).chain(memberKeys ->
                        usage.callsOn(today, memberKeys.stream().map(k -> k.id).toList()).map(calls -> {
                            List<ApplicationView> result = new ArrayList<>();
                            for (KeyApplication application : list) {
                                List<KeyView> keyViews = memberKeys.stream()
                                        .filter(k -> k.applicationId.equals(application.id))
                                        .map(k -> views.ownerView(k, names, calls.getOrDefault(k.id, 0), today))
                                        .toList();
                                result.add(views.applicationView(application, names, null, keyViews));
                            }
                            return result;
                        }))));
    }

    /** For the admin review page: applications in a state (all when {@code status} is null), with the applicant's id. */
    @WithSession
    public Uni<List<ApplicationView>> forReview(KeyApplication.Status status) {
        LocalDate today = KeyValidity.today();
        return products.namesByCode().chain(names -> (status == null ? applications.listAllNewestFirst() : applications.listByStatus(status))
                .chain(list -> {
                    if (list.isEmpty()) {
                        return Uni.createFrom().item(List.<ApplicationView>of());
                    }
                    List<Long> memberIds = list.stream().map(a -> a.memberId).distinct().toList();
                    List<Long> applicationIds = list.stream().map(a -> a.id).toList();
                    return members.list("id in ?1", memberIds).chain(applicants -> keys.list("applicationId in ?1", applicationIds)
                            .map(appKeys -> {
                                Map<Long, String> loginIds = applicants.stream().collect(Collectors.toMap(m -> m.id, m -> m.loginId));
                                return list.stream().map(application -> views.applicationView(application, names,
                                        loginIds.get(application.memberId), appKeys.stream()
                                                .filter(k -> k.applicationId.equals(application.id))
                                                .map(k -> views.adminView(k, names, 0, today)).toList())).toList();
                            }));
                }));
    }

    /** Approves and issues the key, with the product's daily quota unless {@code dailyQuota} overrides it. */
    @WithTransaction
    public Uni<ApplicationView> approve(long adminId, long applicationId, Integer dailyQuota) {
        return pendingApplication(applicationId).chain(application -> products.findById(application.productCode).chain(product -> {
            application.status = KeyApplication.Status.APPROVED;
            application.decidedAt = OffsetDateTime.now();
            application.decidedBy = adminId;
            int quota = dailyQuota != null ? dailyQuota : product.dailyQuota;
            return issuer.issue(application, quota, KeyValidity.today())
                    .call(issued -> audit.record(adminId, "APPLICATION_APPROVED", "key_application", application.id, "dailyQuota=" + quota))
                    .invoke(issued -> Log.infof("Application %d approved: key %d for %s, %d calls/day",
                            application.id, issued.key().id, product.code, quota))
                    .map(issued -> views.applicationView(application, Map.of(product.code, product.name), null,
                            List.of(views.adminView(issued.key(), Map.of(product.code, product.name), 0, KeyValidity.today()))));
        }));
    }

    @WithTransaction
    public Uni<ApplicationView> reject(long adminId, long applicationId, String reason) {
        return pendingApplication(applicationId)
                .invoke(application -> {
                    application.status = KeyApplication.Status.REJECTED;
                    application.decidedAt = OffsetDateTime.now();
                    application.decidedBy = adminId;
                    application.rejectReason = reason.strip();
                })
                .call(application -> audit.record(adminId, "APPLICATION_REJECTED", "key_application", application.id, null))
                .chain(application -> products.namesByCode().map(names -> views.applicationView(application, names, null, List.of())));
    }

    private Uni<KeyApplication> pendingApplication(long applicationId) {
        return applications.findById(applicationId)
                .onItem().ifNull().failWith(() -> ApiException.noData("신청 내역이 없습니다: " + applicationId))
                .invoke(application -> {
                    if (application.status != KeyApplication.Status.UNDER_REVIEW) {
                        throw ApiException.invalidParameter("이미 처리된 신청입니다 (" + application.status + ")");
                    }
                });
    }

}
