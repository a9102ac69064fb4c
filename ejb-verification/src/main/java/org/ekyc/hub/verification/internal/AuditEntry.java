package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the append-only audit table: when, which case, what was done, by what (a channel, a peer,
 * a background job) and by whom (the authenticated principal: a partner's client, a reviewer, or
 * {@code hub} for the hub's own work). Written through the calling bean's entity manager, so it commits
 * or rolls back with the effect it records ({@link CaseStore#audit}). Never carries personal data;
 * nothing updates or deletes a row.
 */
@Entity
@Table(name = "audit_entry", indexes = @Index(name = "ix_audit_case", columnList = "case_id, occurred_at"))
public class AuditEntry {

    static final int MAX_ACTION = 400;
    static final int MAX_ACTOR = 100;

    @Id
    @Column(length = 36, updatable = false)
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "case_id", length = 36, updatable = false)
    private String caseId;

    @Column(nullable = false, length = MAX_ACTION, updatable = false)
    private String action;

    @Column(nullable = false, length = MAX_ACTOR, updatable = false)
    private String actor;

    /** The authenticated principal of the call ({@code hub} for the hub's own jobs; null on rows from before). */
    @Column(length = MAX_ACTOR, updatable = false)
    private String principal;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String caseId, String action, String actor, String principal) {
        this.id = UUID.randomUUID().toString();
        this.at = at;
        this.caseId = caseId;
        this.action = cut(action, MAX_ACTION);
        this.actor = cut(actor, MAX_ACTOR);
        this.principal = cut(principal, MAX_ACTOR);
    }

    private static String cut(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
