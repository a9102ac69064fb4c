package org.ekyc.hub.routes.peer.telecom;

import java.time.Clock;
import java.time.LocalDateTime;
import org.ekyc.hub.adapter.telecom.TelecomTelegrams;
import org.ekyc.hub.adapter.telegram.TelegramLayout;
import org.ekyc.hub.adapter.telegram.TransactionIds;
import org.ekyc.hub.routes.peer.TelegramPeer;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.TelecomIdentityPort;

/**
 * {@link TelecomIdentityPort} over the carriers' TCP telegrams. Neither call is retried: a second
 * 0100 sends the applicant a second text message, a second 0200 spends one of the carrier's tries.
 * The 0200 reuses the 0100's transaction id, which the carrier keys the OTP by. A request the 0100 cannot
 * carry is refused before the carrier's circuit ({@link TelegramPeer#build}).
 */
public final class TelecomIdentityClient implements TelecomIdentityPort {

    private final TelegramPeer peer;
    private final TelecomTelegrams telegrams;
    private final Clock clock = Clock.system(TelegramLayout.KOREA);

    public TelecomIdentityClient(TelegramPeer peer, TelecomTelegrams telegrams) {
        this.peer = peer;
        this.telegrams = telegrams;
    }

    @Override
    public OtpChallenge requestOtp(PhoneIdentityRequest request) throws PeerException {
        String tx = TransactionIds.next(clock);
        // a value the 0100 cannot carry is the case's error: refused before the circuit
        byte[] record = peer.build(() -> telegrams.otpRequest(tx, LocalDateTime.now(clock), request));
        return peer.exchange(record, reply -> telegrams.otpResponse(reply, tx));
    }

    @Override
    public PhoneIdentity confirmOtp(String transactionId, String otp) throws PeerException {
        byte[] record = telegrams.confirmRequest(transactionId, LocalDateTime.now(clock), otp);
        return peer.exchange(record, reply -> telegrams.confirmResponse(reply, transactionId));
    }
}
