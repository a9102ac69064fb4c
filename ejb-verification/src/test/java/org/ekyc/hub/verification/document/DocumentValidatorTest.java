package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;
import org.ekyc.hub.verification.document.mrz.CheckDigit;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzParser;
import org.junit.jupiter.api.Test;

class DocumentValidatorTest {

    static final LocalDate BEFORE_EXPIRY = LocalDate.of(2011, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Mrz SPECIMEN = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    private static List<ReasonCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void theSpecimenIsValidBeforeItsExpiry() {
        assertThat(DocumentValidator.mrz(SPECIMEN, BEFORE_EXPIRY)).isEmpty();
    }

    @Test
    void anExpiredDocumentIsRejected() {
        List<Finding> findings = DocumentValidator.mrz(SPECIMEN, TODAY);
        assertThat(codes(findings)).containsExactly(ReasonCode.DOCUMENT_EXPIRED);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.REJECT);
    }

    @Test
    void aFieldCheckDigitFailureAsksForReview() {
        Mrz misread = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408132F1204159ZE184226B<<<<<10");
        Finding f = DocumentValidator.mrz(misread, BEFORE_EXPIRY).get(0);
        assertThat(f.code()).isEqualTo(ReasonCode.MRZ_CHECK_DIGIT);
        assertThat(f.severity()).isEqualTo(Severity.REVIEW);
        assertThat(f.evidence()).contains("birthDate");
    }

    @Test
    void onlyTheCompositeFailingIsTheSignOfAnAlteredFieldAndIsRejected() {
        String expiry = "220415";
        String l2 = "L898902C36UTO7408122F" + expiry + CheckDigit.of(expiry) + "ZE184226B<<<<<10";
        Finding f = DocumentValidator.mrz(MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", l2),
                BEFORE_EXPIRY).get(0);
        assertThat(f.code()).isEqualTo(ReasonCode.MRZ_CHECK_DIGIT);
        assertThat(f.severity()).isEqualTo(Severity.REJECT);
    }

    @Test
    void anImpossibleDateIsInvalid() {
        String birth = "741312";
        String l2 = "L898902C36UTO" + birth + CheckDigit.of(birth) + "F1204159ZE184226B<<<<<1";
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        Mrz mrz = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", l2 + CheckDigit.of(composite));
        assertThat(codes(DocumentValidator.mrz(mrz, BEFORE_EXPIRY))).containsExactly(ReasonCode.DOCUMENT_DATE_INVALID);
    }

    @Test
    void anUnknownNationalityAsksForReview() {
        String l2 = "L898902C36XYZ7408122F1204159ZE184226B<<<<<1";
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        Mrz mrz = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", l2 + CheckDigit.of(composite));
        assertThat(codes(DocumentValidator.mrz(mrz, BEFORE_EXPIRY))).containsExactly(ReasonCode.DOCUMENT_NATIONALITY_UNKNOWN);
    }

    @Test
    void mrzAndVizThatAgreeGiveNoFindingEvenWithOneOcrSlipInAName() {
        Map<DocumentField, String> viz = specimenViz();
        viz.put(DocumentField.SURNAME, "ERIKSS0N");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARlA");
        viz.put(DocumentField.EXPIRY_DATE, "2012-04-15");
        viz.put(DocumentField.SEX, "F");
        viz.put(DocumentField.NATIONALITY, "UTO");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, viz, BEFORE_EXPIRY)).isEmpty();
    }

    @Test
    void mrzAndVizThatDisagreeAreATamperSignal() {
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.SURNAME, "JOHANSSON");
        viz.put(DocumentField.BIRTH_DATE, "12 AUG 1979");
        viz.put(DocumentField.EXPIRY_DATE, "");
        Finding mismatch = DocumentValidator.mrzAgainstViz(SPECIMEN, viz, BEFORE_EXPIRY).get(0);
        assertThat(mismatch.code()).isEqualTo(ReasonCode.MRZ_VIZ_MISMATCH);
        assertThat(mismatch.evidence()).isEqualTo("surname,birthDate");
        assertThat(codes(DocumentValidator.mrzAgainstViz(SPECIMEN, viz, BEFORE_EXPIRY)))
                .contains(ReasonCode.DOCUMENT_FIELD_UNREADABLE);
    }

    private static Map<DocumentField, String> specimenViz() {
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.DOCUMENT_NUMBER, "L898902C3");
        viz.put(DocumentField.SURNAME, "ERIKSSON");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARIA");
        viz.put(DocumentField.BIRTH_DATE, "12 AUG 1974");
        viz.put(DocumentField.EXPIRY_DATE, "15 APR 2012");
        return viz;
    }

    @Test
    void aPrintedDateTheCheckDigitsProveNeedsNoPersonWhenTheRestOfThePrintAgrees() {
        Map<DocumentField, String> viz = specimenViz();
        viz.put(DocumentField.BIRTH_DATE, "");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, viz, BEFORE_EXPIRY)).isEmpty();
        viz.put(DocumentField.DOCUMENT_NUMBER, "");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, viz, BEFORE_EXPIRY)).isEmpty();
    }

    @Test
    void anUnreadablePrintedNameOrAPrintConfirmingNoCheckedFieldStillGoesToAPerson() {
        Map<DocumentField, String> name = specimenViz();
        name.put(DocumentField.GIVEN_NAMES, "");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, name, BEFORE_EXPIRY)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("givenNames"));
        Map<DocumentField, String> noneConfirmed = specimenViz();
        noneConfirmed.put(DocumentField.DOCUMENT_NUMBER, "");
        noneConfirmed.put(DocumentField.BIRTH_DATE, "");
        noneConfirmed.put(DocumentField.EXPIRY_DATE, "");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, noneConfirmed, BEFORE_EXPIRY)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("documentNumber,birthDate,expiryDate"));
    }

    @Test
    void anUnreadablePrintedDateIsAReviewWhenACheckDigitFailsOrAnotherFieldDisagrees() {
        Mrz badDigit = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408123F1204159ZE184226B<<<<<10");
        Map<DocumentField, String> viz = specimenViz();
        viz.put(DocumentField.BIRTH_DATE, "");
        assertThat(codes(DocumentValidator.mrzAgainstViz(badDigit, viz, BEFORE_EXPIRY)))
                .containsExactly(ReasonCode.DOCUMENT_FIELD_UNREADABLE);
        viz.put(DocumentField.SURNAME, "JOHANSSON");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, viz, BEFORE_EXPIRY)).extracting(Finding::evidence)
                .containsExactly("surname", "birthDate");
    }

    @Test
    void aPrintedDocumentNumberOneGlyphOffIsAnOcrSlipTwoOffIsAMismatch() {
        Map<DocumentField, String> slip = new EnumMap<>(DocumentField.class);
        slip.put(DocumentField.DOCUMENT_NUMBER, "7L898902C3");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, slip, BEFORE_EXPIRY)).isEmpty();
        Map<DocumentField, String> altered = new EnumMap<>(DocumentField.class);
        altered.put(DocumentField.DOCUMENT_NUMBER, "L898912C4");
        assertThat(DocumentValidator.mrzAgainstViz(SPECIMEN, altered, BEFORE_EXPIRY)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("documentNumber"));
    }

    @Test
    void aResidentNumberOnAResidenceCardIsRejected() {
        String resident = "900101123456";
        RegistrationNumber n = new RegistrationNumber(resident + RegistrationNumber.checkDigit(resident, false));
        assertThat(codes(DocumentValidator.registrationNumber(n, TODAY))).containsExactly(ReasonCode.REGISTRATION_NUMBER_MISMATCH);
    }

    @Test
    void aRegistrationNumberWithoutTheLegacyChecksumIsOnlyReviewed() {
        List<Finding> findings = DocumentValidator.registrationNumber(new RegistrationNumber("0103157123450"), TODAY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.REGISTRATION_NUMBER_CHECKSUM);
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
            assertThat(f.evidence()).doesNotContain("123450");
        });
    }

    @Test
    void theRegistrationNumberMustMatchTheOtherDocumentsBirthDateAndSex() {
        RegistrationNumber n = new RegistrationNumber("9403175123463");
        assertThat(DocumentValidator.registrationNumberAgainst(n, LocalDate.of(1994, 3, 17), 'M')).isEmpty();
        assertThat(codes(DocumentValidator.registrationNumberAgainst(n, LocalDate.of(1994, 3, 17), 'F')))
                .containsExactly(ReasonCode.REGISTRATION_NUMBER_MISMATCH);
    }

    @Test
    void aResidenceCardWithAnUnknownStayStatusIsReviewed() {
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.REGISTRATION_NUMBER, "940317-5123463");
        viz.put(DocumentField.STAY_STATUS, "E-11");
        viz.put(DocumentField.NATIONALITY, "VIETNAM");
        viz.put(DocumentField.ISSUE_DATE, "2024.05.12");
        assertThat(codes(DocumentValidator.residenceCard(viz, TODAY))).containsExactly(ReasonCode.STAY_STATUS_UNKNOWN);
        viz.put(DocumentField.STAY_STATUS, "E-9");
        assertThat(DocumentValidator.residenceCard(viz, TODAY)).isEmpty();
    }
}
