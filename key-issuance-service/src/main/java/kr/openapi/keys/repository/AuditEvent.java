package kr.openapi.keys.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the append-only audit trail. {@code detail} never holds personal data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Member or admin who acted; {@code null} for the system. */
    @Column(name = "actor_id")
    public Long actorId;

    @Column(nullable = false)
    public String action;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public Long subjectId;

    public String detail;

    public static AuditEvent of(Long actorId, String action, String subjectType, long subjectId, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = OffsetDateTime.now();
        event.actorId = actorId;
        event.action = action;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.detail = detail;
        return event;
    }
}
