package kr.openapi.keys.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A portal member. Fields ending in {@code Enc} hold personal data encrypted by {@code PersonalDataCipher}. */
@Entity
@Table(name = "member")
public class Member {

    public enum Role { member, admin }

    public enum Status { ACTIVE, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "login_id", nullable = false, unique = true)
    public String loginId;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "name_enc")
    public String nameEnc;

    @Column(name = "phone_enc")
    public String phoneEnc;

    @Column(name = "email_enc")
    public String emailEnc;

    @Column(name = "address_enc")
    public String addressEnc;

    @Column(name = "address_detail_enc")
    public String addressDetailEnc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role = Role.member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
