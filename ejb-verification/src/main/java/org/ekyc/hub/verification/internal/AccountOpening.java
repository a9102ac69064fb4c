package org.ekyc.hub.verification.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningResult;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningState;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/** Account opening at core banking, for approved ACCOUNT cases only; all nullable (null before it is ordered). */
@Embeddable
public class AccountOpening {

    @Enumerated(EnumType.STRING)
    @Column(name = "account_opening", length = 10)
    private AccountOpeningState state;

    /** Orders that got no usable answer, and when the order is due (again): also the lease of an order on its way. */
    @Embedded
    @AttributeOverride(name = "attempts", column = @Column(name = "account_attempts"))
    @AttributeOverride(name = "retryAt", column = @Column(name = "account_retry_at"))
    private PeerCheck retry;

    /** The account core banking opened: personal financial data, sealed like every other PII column. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "account_number_enc", length = 200)
    private String number;

    @Column(name = "account_opened_date")
    private LocalDate openedDate;

    /** Core banking's return code: 00 opened, other refused. */
    @Column(name = "account_return_code", length = 2)
    private String returnCode;

    boolean ordered() {
        return state != null;
    }

    /** Orders the opening, due at once: the account-opening route takes it on its next tick. */
    void order(Instant now) {
        state = AccountOpeningState.PENDING;
        retry = new PeerCheck();
        retry.start(now);
    }

    /** Leases the pending order until {@code leaseEnd}; returns which send this is (1 = the first). */
    int take(String caseId, Instant leaseEnd) {
        retry = PeerCheck.lease(retry, state == AccountOpeningState.PENDING, caseId, "account opening", leaseEnd);
        return retry.attempts() + 1;
    }

    /**
     * Applies core banking's answer. OPENED keeps the account; REFUSED keeps the return code and gives
     * the case reason ACCOUNT_OPENING_REFUSED; FAILED leaves the order pending, due after the back-off.
     * Once OPENED or REFUSED, nothing changes any more. Returns whether anything changed.
     */
    boolean apply(AccountOpeningResult result, Instant now, RetryPolicy backOff, Reasons reasons) {
        if (state != AccountOpeningState.PENDING) {
            return false;
        }
        retry = PeerCheck.of(retry);
        switch (result.outcome()) {
            case OPENED -> {
                state = AccountOpeningState.OPENED;
                number = result.accountNumber();
                openedDate = result.openedDate();
                returnCode = result.returnCode();
                retry.settled();
            }
            case REFUSED -> {
                state = AccountOpeningState.REFUSED;
                returnCode = result.returnCode();
                retry.settled();
                reasons.add(ReasonCode.ACCOUNT_OPENING_REFUSED);
            }
            case FAILED -> retry.failedTry(now, backOff);
        }
        return true;
    }

    /** Whether the given account is the one recorded (for a repeated reply after OPENED). */
    boolean hasAccount(String accountNumber) {
        return number != null && number.equals(accountNumber);
    }

    PeerCheck retry() {
        return PeerCheck.of(retry);
    }

    CaseView.AccountView view() {
        return state == null ? null : new CaseView.AccountView(state, AccountOpeningResult.mask(number), openedDate,
                returnCode, retry().attempts());
    }
}
