package org.ekyc.hub.routes.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ekyc.hub.adapter.xml.XmlDates;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.routes.soap.wsdl.ScreenName;
import org.ekyc.hub.routes.soap.wsdl.ScreenNameResponse;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.junit.jupiter.api.Test;

/** The SOAP contract's screening and fault mapping. */
class SoapMapperTest {

    @Test
    void screenNameBecomesTheEngineRequest() {
        ScreenName r = new ScreenName();
        r.getName().addAll(List.of("PAK TO CHUN", "박도춘"));
        r.setBirthDate(XmlDates.toXml(LocalDate.of(1944, 3, 9)));
        r.setNationality("prk");
        ScreeningRequest request = SoapMapper.toScreeningRequest(r);
        assertThat(request.names()).containsExactly("PAK TO CHUN", "박도춘");
        assertThat(request.birthDate()).isEqualTo(LocalDate.of(1944, 3, 9));
        assertThat(request.nationality()).isEqualTo("PRK");
    }

    private static org.ekyc.hub.routes.soap.wsdl.OpenCase openCase(String surname) {
        org.ekyc.hub.routes.soap.wsdl.OpenCase r = new org.ekyc.hub.routes.soap.wsdl.OpenCase();
        r.setSurname(surname);
        r.setNationality("KOR");
        r.setBirthDate(XmlDates.toXml(LocalDate.of(1992, 5, 5)));
        r.setProduct(org.ekyc.hub.routes.soap.wsdl.Product.LOAN);
        return r;
    }

    @Test
    void anOpenCaseIdempotencyKeyIsScopedToTheSoapChannel() {
        org.ekyc.hub.routes.soap.wsdl.OpenCase r = openCase("KIM");
        assertThat(SoapMapper.toCommand(r).idempotencyKey()).isNull();
        r.setIdempotencyKey(" k-1 ");
        assertThat(SoapMapper.toCommand(r).idempotencyKey()).isEqualTo("SOAP:k-1");
    }

    @Test
    void anOpenCaseMeetsTheSharedFieldRules() {
        org.ekyc.hub.routes.soap.wsdl.OpenCase r = openCase("KIM\u001B[2J");
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> SoapMapper.toCommand(r));
        assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_CHARACTERS);
        assertThat(e.field()).isEqualTo("surname");
        r.setSurname("KIM");
        r.setNationality("ZZZ");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> SoapMapper.toCommand(r)).reason())
                .isEqualTo(ReasonCode.INVALID_NATIONALITY);
    }

    @Test
    void screenNameWithoutNamesIsRefusedAsOnRest() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> SoapMapper.toScreeningRequest(new ScreenName()));
        assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(e.field()).isEqualTo("names");
    }

    @Test
    void screeningResultKeepsOutcomeScoreAndEveryMatchWithItsEvidence() {
        ScreeningResult result = new ScreeningResult(ScreeningOutcome.HIT, 0.97, List.of(new ScreeningMatch(
                "OFAC-SDN:15769", "OFAC-SDN", "PAK, To-chun", "PAK To-chun", "PAK DO CHUN", 0.97,
                List.of("NAME 0.97", "DOB_YEAR_MATCH 1944"))), "2026-11-23T02:50:00Z#3");
        ScreenNameResponse out = SoapMapper.toScreenNameResponse(result);
        assertThat(out.getOutcome().name()).isEqualTo("HIT");
        assertThat(out.getScore()).isEqualTo(0.97);
        assertThat(out.getListVersion()).isEqualTo("2026-11-23T02:50:00Z#3");
        assertThat(out.getMatch()).singleElement().satisfies(m -> {
            assertThat(m.getEntryId()).isEqualTo("OFAC-SDN:15769");
            assertThat(m.getList()).isEqualTo("OFAC-SDN");
            assertThat(m.getPrimaryName()).isEqualTo("PAK, To-chun");
            assertThat(m.getMatchedName()).isEqualTo("PAK To-chun");
            assertThat(m.getQueryName()).isEqualTo("PAK DO CHUN");
            assertThat(m.getEvidence()).containsExactly("NAME 0.97", "DOB_YEAR_MATCH 1944");
        });
    }

    @Test
    void clearResultHasNoMatch() {
        ScreenNameResponse out = SoapMapper.toScreenNameResponse(
                new ScreeningResult(ScreeningOutcome.CLEAR, 0, List.of(), "v1"));
        assertThat(out.getOutcome().name()).isEqualTo("CLEAR");
        assertThat(out.getMatch()).isEmpty();
    }

    @Test
    void imageRefusalIsAFaultWithCodeFieldAndLocalisedMessage() {
        KycFault_Exception fault = SoapMapper.fault(ReasonCode.IMAGE_UNREADABLE, "image", Locale.ENGLISH);
        assertThat(fault.getFaultInfo().getReasonCode()).isEqualTo("IMAGE_UNREADABLE");
        assertThat(fault.getFaultInfo().getField()).isEqualTo("image");
        assertThat(fault.getFaultInfo().getMessage()).contains("JPEG or PNG");
    }
}
