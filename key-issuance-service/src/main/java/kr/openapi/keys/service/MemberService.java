package kr.openapi.keys.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import kr.openapi.common.privacy.PersonalDataCipher;
import kr.openapi.common.privacy.PersonalDataMask;
import kr.openapi.common.result.ApiException;
import kr.openapi.keys.mapping.MemberProfile;
import kr.openapi.keys.mapping.ProfileUpdate;
import kr.openapi.keys.mapping.SignUpRequest;
import kr.openapi.keys.repository.AuditEventRepository;
import kr.openapi.keys.repository.KeyApplication;
import kr.openapi.keys.repository.KeyApplicationRepository;
import kr.openapi.keys.repository.Member;
import kr.openapi.keys.repository.MemberRepository;
import kr.openapi.keys.repository.ServiceKey;
import kr.openapi.keys.repository.ServiceKeyRepository;

/** Sign-up, profile and withdrawal. Personal data is encrypted before it is stored. */
@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final KeyApplicationRepository applications;
    private final ServiceKeyRepository keys;
    private final AuditEventRepository audit;
    private final PasswordHasher passwords;
    private final PersonalDataCipher cipher;

    public MemberService(MemberRepository members, KeyApplicationRepository applications, ServiceKeyRepository keys,
                         AuditEventRepository audit, PasswordHasher passwords, PersonalDataCipher cipher) {
        this.members = members;
        this.applications = applications;
        this.keys = keys;
        this.audit = audit;
        this.passwords = passwords;
        this.cipher = cipher;
    }

    @WithTransaction
    public Uni<Member> signUp(SignUpRequest request, Member.Role role) {
        String phone = request.normalisedPhone();
        return members.loginIdTaken(request.loginId())
                .invoke(taken -> {
                    if (taken) {
                        throw ApiException.invalidParameter("이미 사용 중인 아이디입니다: " + request.loginId());
                    }
                })
                .chain(() -> passwords.hash(request.password()))
                .map(hash -> {
                    Member member = new Member();
                    member.loginId = request.loginId();
                    member.passwordHash = hash;
                    member.role = role;
                    member.createdAt = OffsetDateTime.now();
                    member.updatedAt = member.createdAt;
                    writePersonalData(member, request.name(), phone, request.email(), request.address(), request.addressDetail());
                    return member;
                })
                .call(members::persist)
                .call(member -> audit.record(member.id, "MEMBER_SIGNED_UP", "member", member.id, "role=" + role))
                .invoke(member -> Log.infof("Member %d (%s) signed up", member.id, PersonalDataMask.name(request.name())));
    }

    @WithSession
    public Uni<MemberProfile> profile(long memberId) {
        return activeMember(memberId).map(this::toProfile);
    }

    @WithTransaction
    public Uni<MemberProfile> update(long memberId, ProfileUpdate update) {
        String phone = update.normalisedPhone();
        return activeMember(memberId)
                .call(member -> update.changesPassword()
                        ? passwords.hash(update.password()).invoke(hash -> member.passwordHash = hash)
                        : Uni.createFrom().voidItem())
                .invoke(member -> {
                    writePersonalData(member, update.name(), phone, update.email(), update.address(), update.addressDetail());
                    member.updatedAt = OffsetDateTime.now();
                })
                .call(member -> audit.record(memberId, "MEMBER_UPDATED", "member", memberId,
                        update.changesPassword() ? "password changed" : null))
                .map(this::toProfile);
    }

    /**
     * Withdrawal: every live key is revoked (the gateway stops accepting it with its next feed read), pending
     * applications are closed, personal data is erased, and the audit trail keeps what happened. The login id stays
     * reserved so that nobody can take over a withdrawn member's identity.
     */
    @WithTransaction
    public Uni<Void> withdraw(long memberId) {
        OffsetDateTime now = OffsetDateTime.now();
        return activeMember(memberId)
                .call(member -> keys.listLiveOfMember(memberId).call(live -> revokeAll(live, memberId, now)))
                .call(member -> applications.update(
                        "status = ?1, decidedAt = ?2, rejectReason = ?3 where memberId = ?4 and status = ?5",
                        KeyApplication.Status.REJECTED, now, "회원 탈퇴", memberId, KeyApplication.Status.UNDER_REVIEW))
                .invoke(member -> {
                    writePersonalData(member, null, null, null, null, null);
                    member.status = Member.Status.WITHDRAWN;
                    member.withdrawnAt = now;
                    member.updatedAt = now;
                })
                .call(member -> audit.record(memberId, "MEMBER_WITHDRAWN", "member", memberId, null))
                .replaceWithVoid();
    }

    private Uni<Void> revokeAll(java.util.List<ServiceKey> live, long memberId, OffsetDateTime now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ServiceKey key : live) {
            chain = chain.chain(() -> keys.nextChangeSeq()).invoke(seq -> {
                key.status = ServiceKey.Status.REVOKED;
                key.changeSeq = seq;
                key.updatedAt = now;
            }).chain(() -> audit.record(memberId, "KEY_REVOKED", "service_key", key.id, "member withdrew")).replaceWithVoid();
        }
        return chain;
    }

    Uni<Member> activeMember(long memberId) {
        return members.findById(memberId)
                .map(member -> member != null && member.isActive() ? member : null)
                .onItem().ifNull().failWith(() -> ApiException.noData("회원 정보가 없습니다"));
    }

    private void writePersonalData(Member member, String name, String phone, String email, String address, String detail) {
        member.nameEnc = cipher.encrypt(strip(name));
        member.phoneEnc = cipher.encrypt(phone);
        member.emailEnc = cipher.encrypt(strip(email));
        member.addressEnc = cipher.encrypt(strip(address));
        member.addressDetailEnc = cipher.encrypt(strip(detail));
    }

    MemberProfile toProfile(Member member) {
        return new MemberProfile(member.id, member.loginId, cipher.decrypt(member.nameEnc), cipher.decrypt(member.phoneEnc),
                cipher.decrypt(member.emailEnc), cipher.decrypt(member.addressEnc), cipher.decrypt(member.addressDetailEnc),
                member.role.name(), member.createdAt);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
