package kr.openapi.keys.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An API product members apply for; one approved application gives one key for one product. */
@Entity
@Table(name = "api_product")
public class ApiProduct {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(name = "api_type", nullable = false)
    public String apiType;

    @Column(name = "data_format", nullable = false)
    public String dataFormat;

    /** Calls a key of this product may make per day unless an admin sets another quota on approval. */
    @Column(name = "daily_quota", nullable = false)
    public int dailyQuota;

    @Column(nullable = false)
    public String licence;

    @Column(nullable = false)
    public String cost;

    @Column(nullable = false)
    public String department;

    @Column(name = "department_phone", nullable = false)
    public String departmentPhone;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(name = "modified_on", nullable = false)
    public LocalDate modifiedOn;
}
