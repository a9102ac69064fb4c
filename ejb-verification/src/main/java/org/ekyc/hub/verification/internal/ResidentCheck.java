package org.ekyc.hub.verification.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * The resident registry's check of the case's ID card: the outcome; the name, number and issue date
 * asked about are kept only while the check is PENDING (sealed, for the background retry) and erased
 * once answered.
 */
@Embeddable
public class ResidentCheck {

    @Column(name = "resident_check", length = 16)
    private String outcome;

    @Column(name = "resident_checked_at")
    private Instant checkedAt;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "resident_query_enc", length = 2000)
    private String query;

    @Embedded
    @AttributeOverride(name = "attempts", column = @Column(name = "resident_attempts"))
    @AttributeOverride(name = "retryAt", column = @Column(name = "resident_retry_at"))
    private PeerCheck retry;

    /** Applies the answer; true when the card does not match or was reported lost. */
    boolean apply(ResidentIdResult result, Instant now, Reasons reasons) {
        outcome = result.outcome().name();
        checkedAt = now;
        query = null;
        retry = null;
        reasons.remove(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        reasons.remove(ReasonCode.RESIDENT_ID_NO_MATCH);
        reasons.remove(ReasonCode.RESIDENT_ID_REPORTED_LOST);
        switch (result.outcome()) {
            case NO_MATCH -> reasons.add(ReasonCode.RESIDENT_ID_NO_MATCH);
            case REPORTED_LOST -> reasons.add(ReasonCode.RESIDENT_ID_REPORTED_LOST);
            default -> { }
        }
        return result.outcome() != ResidentIdOutcome.MATCH;
    }

    /** No usable answer: PENDING, the query kept sealed, one more failed try. */
    void noAnswer(ResidentIdQuery asked, Instant now, RetryPolicy backOff, Reasons reasons) {
        outcome = VerificationCase.PENDING;
        checkedAt = now;
        query = PendingQueryText.resident(asked);
        retry = PeerCheck.failedTry(retry, now, backOff);
        reasons.add(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
    }

    /** The query kept, leased until {@code leaseEnd}. */
    ResidentIdQuery take(String caseId, Instant leaseEnd) {
        retry = PeerCheck.lease(retry, VerificationCase.PENDING.equals(outcome) && query != null, caseId,
                "resident check", leaseEnd);
        return PendingQueryText.resident(caseId, query);
    }

    PeerCheck retry() {
        return PeerCheck.of(retry);
    }

    String outcome() {
        return outcome;
    }

    Instant checkedAt() {
        return checkedAt;
    }
}
