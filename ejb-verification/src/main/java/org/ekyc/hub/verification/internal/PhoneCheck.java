package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/** Phone verification at the carrier: where it stands, the transaction waiting for a code, CI and DI sealed. */
@Embeddable
public class PhoneCheck {

    /** A {@code PhoneCheckOutcome} name, null before it started. */
    @Column(name = "phone_check", length = 20)
    private String outcome;

    /** The carrier's transaction waiting for the applicant's one-time code; null when none waits. */
    @Column(name = "phone_transaction_id", length = 20)
    private String transactionId;

    @Column(name = "phone_verified_at")
    private Instant verifiedAt;

    /** Connecting information (CI, 88 characters) from the carrier, sealed. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "phone_ci_enc", length = 400)
    private String ci;

    /** Duplicate information (DI, 64 characters) from the carrier, sealed. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "phone_di_enc", length = 300)
    private String di;

    /** An identity request answered: a code is on its way, or the carrier does not confirm the phone. */
    CaseStatus apply(OtpChallenge challenge, Reasons reasons, CaseStatus status) {
        removeReasons(reasons);
        outcome = challenge.outcome().name();
        transactionId = challenge.outcome() == PhoneCheckOutcome.OTP_SENT ? challenge.transactionId() : null;
        if (challenge.outcome() == PhoneCheckOutcome.NO_SUBSCRIBER
                || challenge.outcome() == PhoneCheckOutcome.IDENTITY_MISMATCH) {
            reasons.add(ReasonCode.PHONE_NOT_VERIFIED);
            return CaseStatus.REVIEW;
        }
        return status;
    }

    /** The code confirmed (CI and DI kept sealed), wrong (try again) or expired (start again). */
    CaseStatus apply(PhoneIdentity identity, Instant now, Reasons reasons, CaseStatus status) {
        removeReasons(reasons);
        outcome = identity.outcome().name();
        switch (identity.outcome()) {
            case VERIFIED -> {
                ci = identity.ci();
                di = identity.di();
                verifiedAt = now;
                transactionId = null;
                return status == CaseStatus.RETRY ? CaseStatus.OPENED : status;
            }
            case OTP_MISMATCH -> {
                reasons.add(ReasonCode.PHONE_OTP_MISMATCH);
                return status == CaseStatus.REVIEW ? status : CaseStatus.RETRY;
            }
            default -> {
                transactionId = null;
                reasons.add(ReasonCode.PHONE_OTP_EXPIRED);
                return status == CaseStatus.REVIEW ? status : CaseStatus.RETRY;
            }
        }
    }

    private static void removeReasons(Reasons reasons) {
        reasons.remove(ReasonCode.PHONE_OTP_MISMATCH);
        reasons.remove(ReasonCode.PHONE_OTP_EXPIRED);
        reasons.remove(ReasonCode.PHONE_NOT_VERIFIED);
    }

    String transaction() {
        if (transactionId == null) {
            throw new InvalidRequestException(ReasonCode.PHONE_VERIFICATION_NOT_STARTED, "phoneVerification");
        }
        return transactionId;
    }

    CaseView.PhoneView view() {
        return outcome == null ? null : new CaseView.PhoneView(outcome, verifiedAt, ci != null && di != null);
    }
}
