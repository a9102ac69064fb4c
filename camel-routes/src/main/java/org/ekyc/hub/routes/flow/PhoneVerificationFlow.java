package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.peer.PeerQuestion;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneOwnerQuery;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.ekyc.hub.verification.api.peer.telecom.TelecomIdentityPort;

/**
 * Phone verification (휴대폰 본인확인) of a case, for any channel: the engine builds the request from
 * the case and records each answer; the port talks to the carrier between the two, outside any
 * transaction (a slow carrier never holds a database transaction open). A carrier that cannot be
 * reached or answers garbage leaves the case as it was and raises a typed {@link PeerException}: the
 * applicant is interacting and simply tries again. A request the carrier's telegram cannot carry (a
 * control character, no MS949 encoding, a name over its 40 bytes) is the case's error: the carrier is not
 * asked, its circuit does not count it, the case goes to REVIEW with PEER_REQUEST_INVALID.
 */
public final class PhoneVerificationFlow {

    private final PeerChecks checks;
    private final TelecomIdentityPort carrier;

    public PhoneVerificationFlow(PeerChecks checks, TelecomIdentityPort carrier) {
        this.checks = checks;
        this.carrier = carrier;
    }

    /** Asks the carrier to send the applicant a one-time code. */
    public CaseView start(String caseId, Sex sex, Carrier carrierChoice) throws PeerException {
        OtpChallenge challenge;
        try {
            challenge = carrier.requestOtp(checks.ask(new PeerQuestion.PhoneOwner(caseId, sex, carrierChoice)));
        } catch (PeerException e) {
            if (e.kind() == PeerException.Kind.REQUEST_UNBUILDABLE) {
                // the case's error, not the carrier's: to a person; the carrier is not asked
                return checks.recordRequestInvalid(new PhoneOwnerQuery(caseId), e.getMessage());
            }
            throw e;
        }
        return checks.record(caseId, challenge);
    }

    /** Confirms the code the applicant entered; on success CI and DI are stored (sealed) on the case. */
    public CaseView confirm(String caseId, String otp) throws PeerException {
        String transaction = checks.ask(new PeerQuestion.OtpTransaction(caseId));
        PhoneIdentity identity = carrier.confirmOtp(transaction, otp);
        return checks.record(caseId, identity);
    }
}
