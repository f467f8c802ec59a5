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

/** A member's application for a service key to one API product. */
@Entity
@Table(name = "key_application")
public class KeyApplication {

    public enum Status { UNDER_REVIEW, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    /** Canonical IPs/CIDRs, comma-separated. */
    @Column(name = "access_ips", nullable = false)
    public String accessIps;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "reject_reason")
    public String rejectReason;
}
