package org.ekyc.hub.verification.api.peer.telecom;

import org.ekyc.hub.verification.api.peer.PeerException;

/**
 * The telecom identity service (휴대폰 본인확인): a two-step conversation, an identity request that
 * makes the carrier send a one-time code to the phone, then the code's confirmation that returns CI
 * and DI. Implemented over TCP telegrams by the hub's routes; business answers (no subscriber,
 * mismatch, wrong code) are results, technical failures are {@link PeerException}s.
 *
 * <p>{@link #requestOtp} is not idempotent (each call sends a text message), nor is
 * {@link #confirmOtp} (each try counts against the carrier's limit): implementations never retry them.
 */
public interface TelecomIdentityPort {

    OtpChallenge requestOtp(PhoneIdentityRequest request) throws PeerException;

    PhoneIdentity confirmOtp(String transactionId, String otp) throws PeerException;
}
