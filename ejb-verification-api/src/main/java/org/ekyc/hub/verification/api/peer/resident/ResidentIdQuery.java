package org.ekyc.hub.verification.api.peer.resident;

import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.Peer;
import java.time.LocalDate;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What the resident registry (행정안전부 주민등록증 진위확인) is asked: the name, the resident
 * registration number (13 digits, a dash after the sixth allowed and removed) and the card's issue
 * date, as printed on the card. Holds personal data: built for the call only, never stored.
 */
public record ResidentIdQuery(String caseId, String name, String residentNumber, LocalDate issueDate) implements PeerQuery {

    @Override
    public Peer peer() {
        return Peer.RESIDENT_REGISTRY;
    }

    public ResidentIdQuery {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "name");
        }
        if (residentNumber == null || residentNumber.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "residentNumber");
        }
        String digits = residentNumber.trim().replaceFirst("^(\\d{6})-(\\d{7})$", "$1$2");
        if (!digits.matches("\\d{13}")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "residentNumber");
        }
        if (issueDate == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "issueDate");
        }
        name = name.trim();
        residentNumber = digits;
    }

    @Override
    public String toString() {
        return "ResidentIdQuery[caseId=" + caseId + ", name=***, residentNumber=***, issueDate=" + issueDate + "]";
    }
}
