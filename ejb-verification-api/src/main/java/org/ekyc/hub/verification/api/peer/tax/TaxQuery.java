package org.ekyc.hub.verification.api.peer.tax;

import org.ekyc.hub.verification.api.peer.PeerQuery;
import org.ekyc.hub.verification.api.peer.Peer;
import java.time.Year;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What the tax authority (국세청) is asked: a registration number — a resident or foreigner
 * registration number (13 digits) or a business registration number (10 digits, dashes removed) —
 * the name, and the tax year. Holds personal data: built for the call only, never stored.
 */
public record TaxQuery(String caseId, String registrationNumber, String name, int taxYear) implements PeerQuery {

    @Override
    public Peer peer() {
        return Peer.TAX_AUTHORITY;
    }

    public TaxQuery {
        if (registrationNumber == null || registrationNumber.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "registrationNumber");
        }
        String digits = registrationNumber.trim().replace("-", "");
        if (!digits.matches("\\d{10}|\\d{13}")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "registrationNumber");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "name");
        }
        if (!FieldRules.isCleanText(name)) {
            throw new InvalidRequestException(ReasonCode.INVALID_CHARACTERS, "name");
        }
        if (taxYear < 2000 || taxYear > Year.now().getValue()) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "taxYear");
        }
        registrationNumber = digits;
        name = name.trim();
    }

    /** A 10-digit business registration number (사업자등록번호) rather than a person's. */
    public boolean isBusiness() {
        return registrationNumber.length() == 10;
    }

    @Override
    public String toString() {
        return "TaxQuery[caseId=" + caseId + ", registrationNumber=***, name=***, taxYear=" + taxYear + "]";
    }
}
