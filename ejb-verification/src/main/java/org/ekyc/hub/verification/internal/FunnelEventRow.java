package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.ekyc.hub.verification.api.operations.FunnelEvent;

/**
 * One funnel event of the capture flow (#19): which case (the capture token's), when (the hub's clock), which
 * step, what happened, the page's language and device class, the reason code of a failure. No personal data.
 * Append-only; read only as counts by the operations dashboard.
 */
@Entity
@Table(name = "funnel_event", indexes = @Index(name = "ix_funnel_event_time", columnList = "occurred_at"))
// cases (distinct) per step and event in a period: the dashboard's funnel
@NamedQuery(name = FunnelEventRow.COUNTS, query = "select f.step, f.event, count(distinct f.caseId) from FunnelEventRow f"
        + " where f.occurredAt >= :from and f.occurredAt < :to group by f.step, f.event")
public class FunnelEventRow {

    static final String COUNTS = "FunnelEventRow.counts";

    @Id
    @Column(length = 36, updatable = false)
    private String id;

    @Column(name = "case_id", nullable = false, length = 36, updatable = false)
    private String caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_name", nullable = false, length = 16, updatable = false)
    private FunnelEvent.Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 8, updatable = false)
    private FunnelEvent.Type event;

    @Column(name = "page_language", nullable = false, length = 2, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_class", nullable = false, length = 8, updatable = false)
    private FunnelEvent.DeviceClass deviceClass;

    @Column(name = "reason_code", length = 64, updatable = false)
    private String reason;

    protected FunnelEventRow() {
        // for JPA
    }

    FunnelEventRow(String caseId, Instant at, FunnelEvent e) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.occurredAt = at;
        this.step = e.step();
        this.event = e.event();
        this.language = e.language();
        this.deviceClass = e.deviceClass();
        this.reason = e.reason();
    }
}
