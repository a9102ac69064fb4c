package org.ekyc.hub.adapter.resident;

import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentId;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.hub.adapter.xml.XmlDates;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;

/**
 * Maps the resident registry's ID-authenticity contract (wsdl/resident-id-authenticity.wsdl) to and
 * from the canonical records, and checks what the peer returns: anything but 00, 01 or 02 — an
 * empty answer, 99, a code the contract does not know — is no answer
 * ({@link PeerException.Kind#GARBLED}), never taken for a match.
 */
public final class ResidentIdMapper {

    public static final String PEER = "resident-registry";

    private ResidentIdMapper() {
    }

    public static VerifyResidentId toRequest(ResidentIdQuery query) {
        VerifyResidentId request = new VerifyResidentId();
        request.setName(query.name());
        request.setResidentNumber(query.residentNumber());
        request.setIssueDate(XmlDates.toXml(query.issueDate()));
        return request;
    }

    /** 00 MATCH, 01 NO_MATCH, 02 REPORTED_LOST; anything else is a typed error. */
    public static ResidentIdResult fromResponse(VerifyResidentIdResponse response) throws PeerException {
        if (response == null || response.getResultCode() == null || response.getResultCode().isBlank()) {
            throw new PeerException(PEER, PeerException.Kind.GARBLED, "no resultCode");
        }
        String code = response.getResultCode().trim();
        ResidentIdOutcome outcome = switch (code) {
            case "00" -> ResidentIdOutcome.MATCH;
            case "01" -> ResidentIdOutcome.NO_MATCH;
            case "02" -> ResidentIdOutcome.REPORTED_LOST;
            case "99" -> throw new PeerException(PEER, PeerException.Kind.UNAVAILABLE,
                    "registry error 99");
            default -> throw new PeerException(PEER, PeerException.Kind.GARBLED,
                    "unknown resultCode '" + printable(code) + "'");
        };
        return new ResidentIdResult(outcome, code);
    }

    static String printable(String s) {
        String cut = s.length() > 16 ? s.substring(0, 16) + "…" : s;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
