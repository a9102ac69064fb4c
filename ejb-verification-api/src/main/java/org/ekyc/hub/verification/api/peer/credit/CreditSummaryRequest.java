package org.ekyc.hub.verification.api.peer.credit;

import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * A credit summary enquiry for a loan application. Built by the engine from the case; holds
 * personal data.
 *
 * @param name               the applicant's name as the bureau has it (Hangul, or Latin for foreigners)
 * @param registrationNumber resident or foreigner registration number, 13 digits
 * @param consent            the applicant agreed to the enquiry (신용정보 조회 동의); without it nothing is asked
 */
public record CreditSummaryRequest(String name, String registrationNumber, boolean consent) {

    public CreditSummaryRequest {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "name");
        }
        name = name.trim().replaceAll("\\s+", " ");
        if (registrationNumber == null || !registrationNumber.matches("[0-9]{13}")) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "registrationNumber");
        }
        if (!consent) {
            throw new InvalidRequestException(ReasonCode.CREDIT_CONSENT_REQUIRED, "consent");
        }
    }

    @Override
    public String toString() {
        return "CreditSummaryRequest[consent=" + consent + "]";
    }
}
