package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.risk.VerificationMethod;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;

/** One person on a case: the document's fields against the applicant, and the registries asked about the document's values. */
class OnePersonTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();
    private static final QualityMetrics QUALITY = new QualityMetrics(1600, 1200, 500, 200, 0, 1, true);
    private static final FaceTemplate PORTRAIT = new FaceTemplate("test-model", new float[] {0.1f, 0.2f});
    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 17);
    /** Synthetic foreigner registration numbers (born 1990-05-17, female). */
    private static final String NUMBER = "9005176123456";
    private static final String OTHER_NUMBER = "9005176654321";

    private static VerificationCase open(String registrationNumber) {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", BIRTH, null, null),
                Product.ACCOUNT, Channel.REST, null, registrationNumber), T0, RETRY);
        c.reassess(POLICY, T0);
        return c;
    }

    private static DocumentReading passport(String surname, String given, String birth) {
        return new DocumentReading(DocumentType.PASSPORT_TD3, List.of(
                new FieldReading(DocumentField.SURNAME, FieldSource.MRZ, surname, 0.9),
                new FieldReading(DocumentField.GIVEN_NAMES, FieldSource.MRZ, given, 0.9),
                new FieldReading(DocumentField.NATIONALITY, FieldSource.MRZ, "PHL", 1.0),
                new FieldReading(DocumentField.BIRTH_DATE, FieldSource.MRZ, birth, 1.0),
                new FieldReading(DocumentField.SEX, FieldSource.MRZ, "F", 1.0),
                new FieldReading(DocumentField.EXPIRY_DATE, FieldSource.MRZ, "2031-01-31", 1.0)), QUALITY, List.of(), null);
    }

    private static DocumentReading card(String number, List<Finding> findings) {
        return new DocumentReading(DocumentType.ALIEN_REGISTRATION_CARD, List.of(
                new FieldReading(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ, number, 0.9),
                new FieldReading(DocumentField.LATIN_NAME, FieldSource.VIZ, "SANTOS MARIA CLARA", 0.9),
                new FieldReading(DocumentField.HANGUL_NAME, FieldSource.VIZ, "산토스마리아클라라", 0.9),
                new FieldReading(DocumentField.NATIONALITY, FieldSource.VIZ, "PHL", 0.9),
                new FieldReading(DocumentField.ISSUE_DATE, FieldSource.VIZ, "2024-03-02", 0.9)), QUALITY, findings, null);
    }

    /** Registry, screening and face all clean after the document. */
    private static void everyOtherCheckClean(VerificationCase c) {
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2028, 1, 31), "00"), T0, RETRY);
        c.reassess(POLICY, T0);
        c.applyScreening(new ScreeningResult(ScreeningOutcome.CLEAR, 0.1, List.of(), "test-1"), T0);
        c.reassess(POLICY, T0);
        c.recordConsent(new Consent("v1", "en", 30), T0);
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH, 0.71, PORTRAIT, List.of()), T0);
        c.reassess(POLICY, T0);
    }

    private static void document(VerificationCase c, DocumentReading reading) {
        c.applyDocumentReading(reading, PORTRAIT, T0);
        c.reassess(POLICY, T0);
    }

    @Test
    void theApplicantsOwnDocumentIsApprovedAutomatically() {
        VerificationCase c = open(null);
        document(c, passport("SANTOS", "MARIA CLARA", "1990-05-17"));
        everyOtherCheckClean(c);
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(v.reasons()).isEmpty();
        assertThat(v.decision().methods()).contains(VerificationMethod.ID_COPY_VERIFIED);
    }

    @Test
    void aNameWrittenAnotherWayIsNotedAndDoesNotHoldTheApproval() {
        VerificationCase c = open(null);
        document(c, passport("SANTOS", "MARIA", "1990-05-17"));
        everyOtherCheckClean(c);
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(v.reasons()).containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
    }

    @Test
    void anotherPersonsDocumentSendsAnOtherwiseCleanCaseToReviewNotToApproval() {
        VerificationCase c = open(null);
        document(c, passport("REYES", "JOSEFINA", "1988-02-03"));
        assertThat(c.toView().status()).as("nothing decided before the checks are complete").isEqualTo(CaseStatus.OPENED);
        everyOtherCheckClean(c);
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(v.reasons()).contains(ReasonCode.DOCUMENT_NAME_MISMATCH, ReasonCode.DOCUMENT_BIRTH_DATE_MISMATCH);
        assertThat(v.decision().methods()).doesNotContain(VerificationMethod.ID_COPY_VERIFIED);
        assertThat(v.document().outcome()).as("the document itself reads clean").isEqualTo("ACCEPTED");
    }

    @Test
    void eachHardMismatchAloneHoldsTheApproval() {
        VerificationCase c = open(OTHER_NUMBER);
        document(c, card(NUMBER, List.of()));
        everyOtherCheckClean(c);
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(v.reasons()).contains(ReasonCode.DOCUMENT_REGISTRATION_NUMBER_MISMATCH)
                .doesNotContain(ReasonCode.DOCUMENT_NAME_MISMATCH, ReasonCode.DOCUMENT_BIRTH_DATE_MISMATCH);
    }

    @Test
    void aNewDocumentOfTheApplicantReplacesTheMismatchesOfTheLastOne() {
        VerificationCase c = open(null);
        document(c, passport("REYES", "JOSEFINA", "1988-02-03"));
        document(c, passport("SANTOS", "MARIA CLARA", "1990-05-17"));
        assertThat(c.toView().reasons()).isEmpty();
        everyOtherCheckClean(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aQueryAfterTheDocumentUsesTheDocumentsValues() {
        VerificationCase c = open(null);
        assertThat(c.immigrationQuery().registrationNumber()).as("before the document: the applicant's (none)").isNull();
        document(c, card(NUMBER, List.of()));
        ImmigrationQuery q = c.immigrationQuery();
        assertThat(q.registrationNumber()).isEqualTo(NUMBER);
        assertThat(q.applicant().surname()).as("a one-line name keeps the applicant's split").isEqualTo("SANTOS");
        assertThat(q.applicant().birthDate()).isEqualTo(BIRTH);
        TaxQuery tax = c.taxQuery(2025, null, null);
        assertThat(tax.registrationNumber()).isEqualTo(NUMBER);
        assertThat(tax.name()).isEqualTo("산토스마리아클라라");
        assertThat(c.taxQuery(2025, "123-45-67890", "한빛상회").registrationNumber()).as("the caller's own").isNotEqualTo(NUMBER);
        ResidentIdQuery resident = c.residentQuery(new ResidentIdQuery(c.id(), "다른이름", OTHER_NUMBER, LocalDate.of(2020, 1, 1)));
        assertThat(resident.residentNumber()).isEqualTo(NUMBER);
        assertThat(resident.name()).isEqualTo("산토스마리아클라라");
        assertThat(resident.issueDate()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void aPassportsSplitNameAndBirthDateGoToTheImmigrationQuery() {
        VerificationCase c = open(NUMBER);
        document(c, passport("SANTOS", "MARIA", "1990-05-17"));
        ImmigrationQuery q = c.immigrationQuery();
        assertThat(q.applicant().givenNames()).isEqualTo("MARIA");
        assertThat(q.registrationNumber()).as("no number on a passport: the applicant's").isEqualTo(NUMBER);
    }

    @Test
    void aRejectedOrRetakenDocumentLeavesNoValuesForTheQueries() {
        VerificationCase c = open(OTHER_NUMBER);
        document(c, card(NUMBER, List.of(new Finding(ReasonCode.DOCUMENT_SCREEN_RECAPTURE, Severity.REJECT, "test"))));
        assertThat(c.immigrationQuery().registrationNumber()).isEqualTo(OTHER_NUMBER);
        assertThat(c.toView().reasons()).as("still compared: it could be read").contains(ReasonCode.DOCUMENT_REGISTRATION_NUMBER_MISMATCH);
        document(c, card(NUMBER, List.of(new Finding(ReasonCode.IMAGE_BLURRED, Severity.RETAKE, "test"))));
        assertThat(c.immigrationQuery().registrationNumber()).isEqualTo(OTHER_NUMBER);
        assertThat(c.toView().reasons()).as("a retake is not compared").containsExactly(ReasonCode.IMAGE_BLURRED);
    }
}
