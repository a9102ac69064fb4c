package org.ekyc.hub.adapter.immigration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatus;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.junit.jupiter.api.Test;

class ImmigrationStayStatusMapperTest {

    @Test
    void requestCarriesTheApplicantAndTheRegistrationNumber() {
        OpenCaseCommand command = new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, "940317-5123456");
        CheckStayStatus request = ImmigrationStayStatusMapper.toRequest(ImmigrationQuery.of("case-1", command));
        assertThat(request.getRegistrationNumber()).isEqualTo("9403175123456");
        assertThat(request.getSurname()).isEqualTo("NGUYEN");
        assertThat(request.getBirthDate().toXMLFormat()).isEqualTo("1994-03-17");
    }

    @Test
    void resultCodesMapToOutcomes() {
        assertThat(map("00", "E-9", LocalDate.of(2027, 8, 31)))
                .isEqualTo(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2027, 8, 31), "00"));
        assertThat(map("01", null, null).outcome()).isEqualTo(RegistryCheckOutcome.NOT_FOUND);
        assertThat(map("02", "D-2", LocalDate.of(2024, 1, 1)).outcome()).isEqualTo(RegistryCheckOutcome.INVALID);
        assertThat(map("03", null, null).outcome()).isEqualTo(RegistryCheckOutcome.INVALID);
        assertThat(map("04", null, null).outcome()).isEqualTo(RegistryCheckOutcome.INVALID);
    }

    @Test
    void unknownOrMissingResultCodeIsNeverAValidStay() {
        assertThat(map("77", "F-4", LocalDate.of(2030, 1, 1)).outcome()).isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
        assertThat(ImmigrationStayStatusMapper.fromResponse(new CheckStayStatusResponse()).outcome())
                .isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
        assertThat(ImmigrationStayStatusMapper.fromResponse(null).outcome()).isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
    }

    private static StayStatus map(String code, String stay, LocalDate expiry) {
        CheckStayStatusResponse r = new CheckStayStatusResponse();
        r.setResultCode(code);
        r.setStayStatusCode(stay);
        r.setStayExpiryDate(org.ekyc.hub.adapter.xml.XmlDates.toXml(expiry));
        return ImmigrationStayStatusMapper.fromResponse(r);
    }
}
