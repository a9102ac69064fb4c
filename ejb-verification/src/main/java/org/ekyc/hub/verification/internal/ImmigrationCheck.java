package org.ekyc.hub.verification.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;

/** The immigration registry's check of a case: the outcome and the stay it reported. */
@Embeddable
public class ImmigrationCheck {

    @Enumerated(EnumType.STRING)
    @Column(name = "immigration_check", nullable = false, length = 16)
    private RegistryCheckOutcome outcome;

    /** Pending tries; the retry time also covers a crash between opening and the first try. */
    @Embedded
    @AttributeOverride(name = "attempts", column = @Column(name = "immigration_attempts"))
    @AttributeOverride(name = "retryAt", column = @Column(name = "immigration_retry_at"))
    private PeerCheck retry;

    @Column(name = "stay_status_code", length = 8)
    private String stayStatusCode;

    @Column(name = "stay_expiry")
    private LocalDate stayExpiry;

    protected ImmigrationCheck() {
        // for JPA
    }

    /** Not asked yet: PENDING, due at {@code due} in case the inline check never completes. */
    static ImmigrationCheck pendingUntil(Instant due) {
        ImmigrationCheck c = new ImmigrationCheck();
        c.outcome = RegistryCheckOutcome.PENDING;
        c.retry = new PeerCheck();
        c.retry.dueAt(due);
        return c;
    }

    /**
     * Applies the registry's answer: a stay that is not valid, or unknown, sends the case to review; no
     * answer (unavailable, or the hub's credentials refused) leaves the check pending, due again later.
     */
    CaseStatus apply(StayStatus stay, Instant now, RetryPolicy backOff, Reasons reasons, CaseStatus status) {
        outcome = stay.outcome();
        stayStatusCode = stay.stayStatusCode();
        stayExpiry = stay.stayExpiry();
        CaseStatus next = status;
        switch (stay.outcome()) {
            case INVALID -> {
                reasons.add(ReasonCode.STAY_NOT_VALID);
                next = CaseStatus.REVIEW;
            }
            case NOT_FOUND -> {
                reasons.add(ReasonCode.REGISTRY_NO_MATCH);
                next = CaseStatus.REVIEW;
            }
            case UNAVAILABLE, ACCESS_REFUSED, PENDING -> {
                // not an answer: the check stays pending and is asked again later, each time later;
                // the reason tells an outage from credentials the registry refused
                outcome = RegistryCheckOutcome.PENDING;
                retry = PeerCheck.failedTry(retry, now, backOff);
                boolean refused = stay.outcome() == RegistryCheckOutcome.ACCESS_REFUSED;
                reasons.remove(refused ? ReasonCode.REGISTRY_UNAVAILABLE : ReasonCode.REGISTRY_ACCESS_REFUSED);
                reasons.add(refused ? ReasonCode.REGISTRY_ACCESS_REFUSED : ReasonCode.REGISTRY_UNAVAILABLE);
            }
            default -> { }
        }
        if (outcome != RegistryCheckOutcome.PENDING) {
            if (retry != null) {
                retry.settled();
            }
            reasons.remove(ReasonCode.REGISTRY_UNAVAILABLE);
            reasons.remove(ReasonCode.REGISTRY_ACCESS_REFUSED);
        }
        return next;
    }

    RegistryCheckOutcome outcome() {
        return outcome;
    }

    boolean verified() {
        return outcome == RegistryCheckOutcome.VERIFIED;
    }

    PeerCheck retry() {
        return PeerCheck.of(retry);
    }

    String stayStatusCode() {
        return stayStatusCode;
    }

    LocalDate stayExpiry() {
        return stayExpiry;
    }
}
