package org.ekyc.hub.verification.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * The tax authority's check: filing status and income band for a tax year, never the registration
 * number or an amount; the number and name asked about are kept sealed only while the check is PENDING.
 */
@Embeddable
public class IncomeCheck {

    @Column(name = "income_check", length = 16)
    private String outcome;

    @Column(name = "income_band", length = 20)
    private String band;

    @Column(name = "income_tax_year")
    private Integer taxYear;

    @Column(name = "income_checked_at")
    private Instant checkedAt;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "income_query_enc", length = 2000)
    private String query;

    @Embedded
    @AttributeOverride(name = "attempts", column = @Column(name = "income_attempts"))
    @AttributeOverride(name = "retryAt", column = @Column(name = "income_retry_at"))
    private PeerCheck retry;

    /** Applies the answer: no declared income is a source-of-funds finding, not a rejection. */
    void apply(TaxStatus tax, Instant now, Reasons reasons) {
        outcome = tax.status().name();
        band = tax.incomeBand().name();
        taxYear = tax.taxYear();
        checkedAt = now;
        query = null;
        retry = null;
        reasons.remove(ReasonCode.TAX_AUTHORITY_UNAVAILABLE);
        reasons.remove(ReasonCode.INCOME_NOT_DECLARED);
        if (!tax.status().declaresIncome()) {
            reasons.add(ReasonCode.INCOME_NOT_DECLARED);
        }
    }

    /** No usable answer: PENDING, number and name kept sealed, the tax year in clear, one more failed try. */
    void noAnswer(TaxQuery asked, Instant now, RetryPolicy backOff, Reasons reasons) {
        outcome = VerificationCase.PENDING;
        band = null;
        taxYear = asked.taxYear();
        checkedAt = now;
        query = PendingQueryText.tax(asked);
        retry = PeerCheck.failedTry(retry, now, backOff);
        reasons.add(ReasonCode.TAX_AUTHORITY_UNAVAILABLE);
    }

    /** The query kept, leased until {@code leaseEnd}. */
    TaxQuery take(String caseId, Instant leaseEnd) {
        retry = PeerCheck.lease(retry, VerificationCase.PENDING.equals(outcome) && query != null && taxYear != null,
                caseId, "income check", leaseEnd);
        return PendingQueryText.tax(caseId, query, taxYear);
    }

    PeerCheck retry() {
        return PeerCheck.of(retry);
    }

    String outcome() {
        return outcome;
    }

    String band() {
        return band;
    }

    Integer taxYear() {
        return taxYear;
    }

    Instant checkedAt() {
        return checkedAt;
    }
}
