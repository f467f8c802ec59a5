package kr.openapi.keys.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An issued service key. Only its SHA-256 ({@code keyHash}, for lookup) and its value encrypted for its owner
 * ({@code keyEnc}) are stored: a database dump reveals no usable key.
 */
@Entity
@Table(name = "service_key")
public class ServiceKey {

    public enum Status { ACTIVE, SUSPENDED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(name = "key_hash", nullable = false, unique = true)
    public String keyHash;

    @Column(name = "key_enc", nullable = false)
    public String keyEnc;

    @Column(name = "access_ips", nullable = false)
    public String accessIps;

    @Column(name = "daily_quota", nullable = false)
    public int dailyQuota;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    /** Position in the gateway's change feed; moves on every change. */
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
