package kr.openapi.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Calls served for one service key on one day (Asia/Seoul). */
@Entity
@Table(name = "quota_counter")
public class QuotaCounter {

    @EmbeddedId
    public Id id;

    @Column(nullable = false)
    public int calls;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Embeddable
    public record Id(@Column(name = "key_id") String keyId, @Column(name = "day") LocalDate day) implements Serializable {
    }
}
