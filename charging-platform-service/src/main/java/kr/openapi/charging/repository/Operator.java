package kr.openapi.charging.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A charge-point operator; the {@code OperatorId} header of every operator call names one. */
@Entity
@Table(name = "operator")
public class Operator {

    @Id
    @Column(name = "operator_id")
    public String operatorId;

    @Column(nullable = false)
    public String name;

    /** The operator's customer phone ({@code busiCall} in the public EV API). */
    @Column(name = "service_phone")
    public String servicePhone;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The operator's two-letter code in Korea's charger data (ME, EV, ...): the first part of its stations' statId. */
    @Column(name = "busi_id")
    public String busiId;

    /** SEED or STRICT: what its signatures cover (see SignatureScheme). */
    @Column(name = "signature_mode", nullable = false)
    public String signatureMode = "SEED";
}
