package kr.openapi.driver.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A designated-driving company onboarded by the institute, identified by the {@code clientKey} it was issued. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @Column(name = "client_key")
    public String clientKey;

    /** Business registration number of the company that got the key ({@code appBizCode}, 10 digits). */
    @Column(name = "app_biz_code", nullable = false, unique = true)
    public String appBizCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** SHA-256 of the current clientSecurity; null until the first is issued. */
    @Column(name = "security_hash")
    public String securityHash;

    @Column(name = "security_rotated_at")
    public OffsetDateTime securityRotatedAt;
}
