package org.ekyc.hub.adapter.immigration;

import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatus;
import org.ekyc.hub.adapter.xml.XmlDates;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;

/**
 * Maps the immigration registry's stay-status contract (wsdl/immigration-stay-status.wsdl) to and
 * from the canonical records, and checks what the peer returns: an unknown result code is never
 * taken for a valid stay.
 */
public final class ImmigrationStayStatusMapper {

    private ImmigrationStayStatusMapper() {
    }

    public static CheckStayStatus toRequest(ImmigrationQuery query) {
        Applicant a = query.applicant();
        CheckStayStatus request = new CheckStayStatus();
        request.setRegistrationNumber(query.registrationNumber());
        request.setSurname(a.surname());
        request.setGivenNames(a.givenNames());
        request.setBirthDate(XmlDates.toXml(a.birthDate()));
        request.setNationality(a.nationality());
        return request;
    }

    /**
     * resultCode 00 valid stay; 01 no matching record; 02 stay expired or cancelled, 03 card
     * reported lost, 04 card reissued: not valid; anything else: the registry did not give an answer.
     */
    public static StayStatus fromResponse(CheckStayStatusResponse response) {
        if (response == null || response.getResultCode() == null) {
            return StayStatus.unavailable("empty response");
        }
        String code = response.getResultCode().trim();
        RegistryCheckOutcome outcome = switch (code) {
            case "00" -> RegistryCheckOutcome.VERIFIED;
            case "01" -> RegistryCheckOutcome.NOT_FOUND;
            case "02", "03", "04" -> RegistryCheckOutcome.INVALID;
            default -> RegistryCheckOutcome.UNAVAILABLE;
        };
        return new StayStatus(outcome, blankToNull(response.getStayStatusCode()),
                XmlDates.toLocalDate(response.getStayExpiryDate()), code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
