package org.ekyc.hub.verification.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * The credit bureau's check: PENDING, FOUND, NO_RECORD or NAME_MISMATCH (null when never asked) and the
 * summary, sealed (credit information). A pending enquiry is rebuilt from the case; nothing more is kept.
 */
@Embeddable
public class CreditCheck {

    @Column(name = "credit_check", length = 16)
    private String outcome;

    /** Grade, delinquency, open loans and balance band. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "credit_summary_enc", length = 600)
    private String summary;

    @Column(name = "credit_checked_at")
    private Instant checkedAt;

    @Embedded
    @AttributeOverride(name = "attempts", column = @Column(name = "credit_attempts"))
    @AttributeOverride(name = "retryAt", column = @Column(name = "credit_retry_at"))
    private PeerCheck retry;

    /** Applies the bureau's summary; true when it has no file under this name (NO_RECORD, NAME_MISMATCH). */
    boolean apply(CreditSummary answer, Instant now, Reasons reasons) {
        reasons.remove(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        reasons.remove(ReasonCode.CREDIT_NO_RECORD);
        retry = null;
        outcome = answer.outcome().name();
        summary = CreditSummaryText.format(answer);
        checkedAt = now;
        if (answer.outcome() != CreditOutcome.FOUND) {
            reasons.add(ReasonCode.CREDIT_NO_RECORD);
            return true;
        }
        return false;
    }

    /** The bureau was not available: PENDING, one more failed try. */
    void noAnswer(Instant now, RetryPolicy backOff, Reasons reasons) {
        reasons.remove(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        reasons.remove(ReasonCode.CREDIT_NO_RECORD);
        outcome = VerificationCase.PENDING;
        retry = PeerCheck.failedTry(retry, now, backOff);
        reasons.add(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
    }

    /** Leases the pending check until {@code leaseEnd}. */
    void take(String caseId, Instant leaseEnd) {
        retry = PeerCheck.lease(retry, VerificationCase.PENDING.equals(outcome), caseId, "credit check", leaseEnd);
    }

    /** The last summary recorded, null when none. */
    CreditSummary summary() {
        return summary == null ? null : CreditSummaryText.parse(summary);
    }

    PeerCheck retry() {
        return PeerCheck.of(retry);
    }

    String outcome() {
        return outcome;
    }
}
