package kr.openapi.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An organisation class (기관분류) such as BA0303 시군구. */
@Entity
@Table(name = "org_class")
public class OrgClass {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
