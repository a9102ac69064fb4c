package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.document.Severity;
import org.junit.jupiter.api.Test;

/** One read never rejects: a REJECT finding stands when two reads agree or check digits confirm it. */
class ReadConfirmationTest {

    private static final QualityMetrics SHARP = new QualityMetrics(1600, 1200, 700, 130, 0, 1, true);
    private static final Finding ALTERED = new Finding(ReasonCode.MRZ_CHECK_DIGIT, Severity.REJECT, "composite");
    private static final Finding EXPIRED = new Finding(ReasonCode.DOCUMENT_EXPIRED, Severity.REJECT, "expired 2025-01-01");

    private static DocumentReading passport(Finding... findings) {
        return new DocumentReading(DocumentType.PASSPORT_TD3,
                List.of(new FieldReading(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ, "M1234567", 0.9)), SHARP,
                List.of(findings), null);
    }

    private static DocumentReading settle(List<DocumentReading> frames) {
        return ReadConfirmation.settle(FrameConsensus.combine(frames), frames);
    }

    @Test
    void aCompositeCheckDigitFailureOnOneReadIsARetake() {
        DocumentReading r = settle(List.of(passport(ALTERED)));
        assertThat(r.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(ReasonCode.DOCUMENT_READ_UNCERTAIN, Severity.RETAKE));
        assertThat(r.retake()).isTrue();
    }

    @Test
    void twoReadsThatAgreeOnTheFailureReject() {
        DocumentReading r = settle(List.of(passport(ALTERED), passport(ALTERED), passport()));
        assertThat(r.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(ReasonCode.MRZ_CHECK_DIGIT, Severity.REJECT));
    }

    @Test
    void anExpiryWhoseCheckDigitsPassStandsOnOneRead() {
        DocumentReading r = settle(List.of(passport(EXPIRED)));
        assertThat(r.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(ReasonCode.DOCUMENT_EXPIRED, Severity.REJECT));
    }

    @Test
    void anImpossibleDateWhoseCheckDigitsPassIsARetakeOnOneRead() {
        // fillers read as a date ("000000") pass their check digit 0: one read of them proves nothing
        Finding impossible = new Finding(ReasonCode.DOCUMENT_DATE_INVALID, Severity.REJECT, "birthDate");
        assertThat(settle(List.of(passport(impossible))).findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(ReasonCode.DOCUMENT_READ_UNCERTAIN, Severity.RETAKE));
        assertThat(settle(List.of(passport(impossible), passport(impossible))).findings()).extracting(Finding::severity)
                .containsExactly(Severity.REJECT);
    }

    @Test
    void anExpiryReadWithFailingCheckDigitsIsARetake() {
        Finding digits = new Finding(ReasonCode.MRZ_CHECK_DIGIT, Severity.REVIEW, "expiryDate,composite");
        DocumentReading r = settle(List.of(passport(digits, EXPIRED)));
        assertThat(r.findings()).extracting(Finding::code, Finding::severity).containsExactly(
                tuple(ReasonCode.MRZ_CHECK_DIGIT, Severity.REVIEW), tuple(ReasonCode.DOCUMENT_READ_UNCERTAIN, Severity.RETAKE));
    }

    @Test
    void aCardFindingWithoutCheckDigitsNeedsTwoReads() {
        Finding mismatch = new Finding(ReasonCode.REGISTRATION_NUMBER_MISMATCH, Severity.REJECT, "registration number sex digit");
        DocumentReading card = new DocumentReading(DocumentType.ALIEN_REGISTRATION_CARD, List.of(), SHARP, List.of(mismatch), null);
        assertThat(settle(List.of(card)).findings()).extracting(Finding::code)
                .containsExactly(ReasonCode.DOCUMENT_READ_UNCERTAIN);
        assertThat(settle(List.of(card, card)).findings()).extracting(Finding::code)
                .containsExactly(ReasonCode.REGISTRATION_NUMBER_MISMATCH);
    }

    @Test
    void nothingToRejectIsLeftAsItIs() {
        DocumentReading clean = passport(new Finding(ReasonCode.MRZ_VIZ_MISMATCH, Severity.REVIEW, "SURNAME"));
        assertThat(settle(List.of(clean))).isEqualTo(clean);
    }
}
