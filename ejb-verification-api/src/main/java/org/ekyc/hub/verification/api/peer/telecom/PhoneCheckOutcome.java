package org.ekyc.hub.verification.api.peer.telecom;

/** Where a phone verification stands, in the hub's words (the carrier's codes are mapped by the adapter). */
public enum PhoneCheckOutcome {
    /** The carrier sent a one-time code to the phone and waits for it. */
    OTP_SENT,
    /** The code matched: the carrier returned CI and DI. */
    VERIFIED,
    /** The carrier has no subscriber with this number. */
    NO_SUBSCRIBER,
    /** The number exists but the name, birth date, sex, nationality flag or carrier does not match. */
    IDENTITY_MISMATCH,
    /** The code entered is not the one sent; the transaction still waits. */
    OTP_MISMATCH,
    /** The code expired, was tried too often, or the transaction is unknown to the carrier. */
    OTP_EXPIRED
}
