package kr.openapi.consent.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An institution approved to receive vehicle data with owners' consent; TS issues its {@code insttCode}. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @Column(name = "instt_code")
    public String insttCode;

    @Column(nullable = false)
    public String name;

    /** The institution's registered site: return URLs after consent must lie under it. */
    @Column(name = "site_url", nullable = false)
    public String siteUrl;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
