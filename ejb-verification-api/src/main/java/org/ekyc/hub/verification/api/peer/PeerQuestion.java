package org.ekyc.hub.verification.api.peer;

import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;

/**
 * What a channel wants to ask a peer for a case; {@link PeerChecks#ask} answers with what to send the
 * peer ({@code Q}), built from the case and what the channel adds.
 *
 * @param <Q> what the peer is to be sent
 */
public sealed interface PeerQuestion<Q> {

    /** The case the question is about. */
    String caseId();

    /**
     * The resident registry, about the ID card the applicant presented ({@code query} as printed on the
     * card). Allowed only when the case's document is a resident ID card or driver's licence. The engine
     * answers with the name, number and issue date the document check read on the card, the caller's
     * values where it read none.
     */
    record ResidentCard(ResidentIdQuery query) implements PeerQuestion<ResidentIdQuery> {
        @Override
        public String caseId() {
            return query.caseId();
        }
    }

    /**
     * The tax authority, about a tax year: for {@code registrationNumber} (e.g. a business registration
     * number) and {@code name} when given, otherwise for the number and name on the case's accepted
     * document, else the applicant's.
     */
    record IncomeStatus(String caseId, int taxYear, String registrationNumber, String name)
            implements PeerQuestion<TaxQuery> {
    }

    /** The telecom identity service, about the case's phone, with the sex and carrier the applicant states now. */
    record PhoneOwner(String caseId, Sex sex, Carrier carrier) implements PeerQuestion<PhoneIdentityRequest> {
    }

    /** The carrier transaction an OTP of this case is to be confirmed against. */
    record OtpTransaction(String caseId) implements PeerQuestion<String> {
    }

    /** The credit bureau's summary, with the applicant's consent to the enquiry. */
    record CreditEnquiry(String caseId, boolean consent) implements PeerQuestion<CreditSummaryRequest> {
    }
}
