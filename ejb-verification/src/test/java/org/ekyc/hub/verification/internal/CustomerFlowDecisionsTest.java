package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.ConsentRefusal;
import org.ekyc.hub.verification.api.FaceCheck;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.CaptureMode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.FieldCorrection;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.risk.RiskTierPolicy;
import org.junit.jupiter.api.Test;

/** #18 The customer's answers that decide where a case goes: consent refused, a document sent as a file. */
class CustomerFlowDecisionsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
    private static final RiskTierPolicy POLICY = RiskTierPolicy.defaults();
    private static final ConsentRefusal REFUSAL = new ConsentRefusal("face-2026-01", "vi");
    private static final String CUSTOMER = "capture:case-1";

    /** A synthetic STANDARD applicant (PHL) whose registry and screening answers are clean. */
    private static VerificationCase cleanCase() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("SANTOS", "MARIA CLARA", null, "PHL", LocalDate.of(1990, 5, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null), T0, RETRY);
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2028, 1, 31), "00"), T0, RETRY);
        c.applyScreening(new ScreeningResult(ScreeningOutcome.CLEAR, 0.1, List.of(), "test-1"), T0);
        c.reassess(POLICY, T0);
        return c;
    }

    private static void document(VerificationCase c, CaptureMode mode) {
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null),
                new FaceTemplate("test-model", new float[] {0.1f, 0.2f}), mode, T0);
        c.reassess(POLICY, T0);
    }

    private static void face(VerificationCase c) {
        c.applyFaceCheck(new FaceCheck(LivenessResult.Outcome.PASSED, MatchOutcome.MATCH, 0.71,
                new FaceTemplate("test-model", new float[] {0.1f, 0.2f}), List.of()), T0.plusSeconds(60));
        c.reassess(POLICY, T0.plusSeconds(60));
    }

    // ---- consent refused

    @Test
    void aRefusedConsentClosesTheCaseRejectedByTheCustomerWithItsReason() {
        VerificationCase c = cleanCase();
        assertThat(c.recordConsentRefusal(REFUSAL, CUSTOMER, T0)).isTrue();
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(v.reasons()).contains(ReasonCode.CONSENT_REFUSED);
        assertThat(v.decision().decidedBy()).as("the authenticated customer, not a reviewer").isEqualTo(CUSTOMER);
        assertThat(v.face().consentAt()).as("no consent recorded").isNull();
        assertThat(c.consentRefused()).isTrue();
    }

    @Test
    void theSameRefusalAgainChangesNothingAndIsNotAnError() {
        VerificationCase c = cleanCase();
        c.recordConsentRefusal(REFUSAL, CUSTOMER, T0);
        assertThat(c.recordConsentRefusal(REFUSAL, CUSTOMER, T0.plusSeconds(5))).isFalse();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void aConsentAfterARefusalIsRefusedAsAlreadyAnswered() {
        VerificationCase c = cleanCase();
        c.recordConsentRefusal(REFUSAL, CUSTOMER, T0);
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> c.recordConsent(new Consent("face-2026-01", "vi", 30), T0));
        assertThat(e.reason()).isEqualTo(ReasonCode.CONSENT_ALREADY_ANSWERED);
        assertThat(c.toView().face().consentAt()).isNull();
    }

    @Test
    void aRefusalAfterAConsentIsRefusedAsAlreadyAnsweredAndTheCaseStaysOpen() {
        VerificationCase c = cleanCase();
        c.recordConsent(new Consent("face-2026-01", "en", 30), T0);
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> c.recordConsentRefusal(REFUSAL, CUSTOMER, T0));
        assertThat(e.reason()).isEqualTo(ReasonCode.CONSENT_ALREADY_ANSWERED);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.OPENED);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.CONSENT_REFUSED);
    }

    @Test
    void noBiometricStepIsAcceptedAfterARefusal() {
        VerificationCase c = cleanCase();
        c.recordConsentRefusal(REFUSAL, CUSTOMER, T0);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.bindLivenessChallenge("n-1", T0)).reason())
                .isEqualTo(ReasonCode.CONSENT_REFUSED);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.checkFaceCheckAllowed("n-1")).reason())
                .isEqualTo(ReasonCode.CONSENT_REFUSED);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> face(c)).reason())
                .isEqualTo(ReasonCode.CONSENT_REFUSED);
        assertThat(c.toView().face().liveness()).isNull();
    }

    @Test
    void aRefusedCaseTakesNoDocumentEither() {
        VerificationCase c = cleanCase();
        c.recordConsentRefusal(REFUSAL, CUSTOMER, T0);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> document(c, CaptureMode.CAMERA)).reason())
                .isEqualTo(ReasonCode.CASE_ALREADY_DECIDED);
    }

    // ---- a document sent as a file

    @Test
    void aCleanCaseWhoseDocumentWasCapturedIsApprovedAutomatically() {
        VerificationCase c = cleanCase();
        c.recordConsent(new Consent("face-2026-01", "en", 30), T0);
        document(c, CaptureMode.CAMERA);
        face(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void theSameCleanCaseWithItsDocumentUploadedGoesToAPersonNeverToApproval() {
        VerificationCase c = cleanCase();
        c.recordConsent(new Consent("face-2026-01", "en", 30), T0);
        document(c, CaptureMode.UPLOAD);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.DOCUMENT_UPLOADED_NOT_CAPTURED);
        assertThat(c.toView().document().outcome()).as("the document itself reads clean").isEqualTo("ACCEPTED");
        face(c);
        CaseView v = c.toView();
        assertThat(v.status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(v.reasons()).contains(ReasonCode.DOCUMENT_UPLOADED_NOT_CAPTURED);
        assertThat(read(c).captureMode()).isEqualTo("UPLOAD");
    }

    @Test
    void anUploadedDocumentToRetakeAsksForTheRetakeNotForAPerson() {
        VerificationCase c = cleanCase();
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true),
                List.of(new org.ekyc.hub.verification.api.document.Finding(ReasonCode.IMAGE_BLURRED,
                        org.ekyc.hub.verification.api.document.Severity.RETAKE, "blurred")), null),
                null, CaptureMode.UPLOAD, T0);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.RETRY);
        assertThat(c.toView().reasons()).contains(ReasonCode.IMAGE_BLURRED)
                .doesNotContain(ReasonCode.DOCUMENT_UPLOADED_NOT_CAPTURED);
    }

    @Test
    void theCaptureModeIsRecordedWithTheDocumentCameraByDefault() {
        VerificationCase c = cleanCase();
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null), null, T0);
        assertThat(read(c).captureMode()).isEqualTo("CAMERA");
        assertThat(read(c).uploaded()).isFalse();
    }

    // ---- the customer's corrections of the fields read

    /** A passport read with the applicant's values (the synthetic applicant of {@link #cleanCase}). */
    private static void readPassport(VerificationCase c) {
        c.applyDocumentReading(new DocumentReading(DocumentType.PASSPORT_TD3, List.of(
                new FieldReading(DocumentField.SURNAME, FieldSource.MRZ, "SANTOS", 0.99),
                new FieldReading(DocumentField.GIVEN_NAMES, FieldSource.MRZ, "MARIA CLARA", 0.99),
                new FieldReading(DocumentField.BIRTH_DATE, FieldSource.MRZ, "1990-05-17", 0.99)),
                new QualityMetrics(1600, 1200, 500, 200, 0, 1, true), List.of(), null), null, CaptureMode.CAMERA, T0);
    }

    @Test
    void aCorrectionThatOnlyRewritesWhatWasReadKeepsTheCaseWhereItIs() {
        VerificationCase c = cleanCase();
        readPassport(c);
        CaseStatus before = c.toView().status();
        var differing = c.applyFieldCorrections(List.of(new FieldCorrection(DocumentField.SURNAME, "Santos"),
                new FieldCorrection(DocumentField.DOCUMENT_NUMBER, "P1234567")), T0);
        assertThat(differing).as("same name, other case; the document number is not compared").isEmpty();
        assertThat(c.toView().status()).isEqualTo(before);
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.DOCUMENT_KEY_FIELD_CORRECTED);
        assertThat(read(c).corrections()).containsEntry("SURNAME", "Santos").containsEntry("DOCUMENT_NUMBER", "P1234567");
    }

    @Test
    void aKeyFieldCorrectedToAnotherValueSendsTheCaseToAPersonBesideWhatWasRead() {
        VerificationCase c = cleanCase();
        readPassport(c);
        var differing = c.applyFieldCorrections(List.of(new FieldCorrection(DocumentField.BIRTH_DATE, "1990-05-18")), T0);
        assertThat(differing).containsExactly(DocumentField.BIRTH_DATE);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.DOCUMENT_KEY_FIELD_CORRECTED);
        assertThat(c.documentFields()).as("the reading and the customer's value, side by side")
                .anySatisfy(f -> assertThat(f.source()).isEqualTo("CUSTOMER"))
                .extracting(f -> f.field() + "=" + f.value() + " " + f.source())
                .contains("birthDate=1990-05-17 DOCUMENT", "birthDate=1990-05-18 CUSTOMER");
        // and never approved automatically, even with every check clean
        c.recordConsent(new Consent("face-2026-01", "en", 30), T0);
        face(c);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
    }

    @Test
    void correctionsNeedADocumentThatStands() {
        VerificationCase c = cleanCase();
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> c.applyFieldCorrections(
                List.of(new FieldCorrection(DocumentField.SURNAME, "SANTOS")), T0)).reason())
                .isEqualTo(ReasonCode.DOCUMENT_REQUIRED);
    }

    @Test
    void aNewDocumentErasesTheCorrectionsOfThePreviousOneAndItsReason() {
        VerificationCase c = cleanCase();
        readPassport(c);
        c.applyFieldCorrections(List.of(new FieldCorrection(DocumentField.SURNAME, "SANTOS REYES")), T0);
        readPassport(c);
        assertThat(read(c).corrections()).isEmpty();
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.DOCUMENT_KEY_FIELD_CORRECTED);
    }

    private static DocumentPart read(VerificationCase c) {
        return CaseRecord.read(c.document, DocumentPart::new);
    }
}
