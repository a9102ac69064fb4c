package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrameConsensusTest {

    private static final QualityMetrics QUALITY = new QualityMetrics(1600, 1200, 500, 140, 0, 1, true);

    private static DocumentReading frame(String surname, String number, Finding... findings) {
        return frame(QUALITY, surname, number, findings);
    }

    private static DocumentReading frame(QualityMetrics q, String surname, String number, Finding... findings) {
        List<FieldReading> fields = new ArrayList<>();
        if (surname != null) {
            fields.add(new FieldReading(DocumentField.SURNAME, FieldSource.MRZ, surname, 0.9));
        }
        if (number != null) {
            fields.add(new FieldReading(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ, number, 0.8));
        }
        return new DocumentReading(DocumentType.PASSPORT_TD3, fields, q, List.of(findings), new byte[] {1});
    }

    private static final Finding BLURRED = new Finding(ReasonCode.IMAGE_BLURRED, Severity.RETAKE, "sharpness 12");

    @Test
    void aFieldReadAlikeByEveryFrameIsAccepted() {
        DocumentReading r = FrameConsensus.combine(List.of(frame("NGUYEN", "M1234567"), frame("NGUYEN", "M1234567"),
                frame("NGUYEN", "M1234567")));
        assertThat(r.value(DocumentField.SURNAME, FieldSource.MRZ)).contains("NGUYEN");
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains("M1234567");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void twoOfThreeFramesOutvoteOneMisread() {
        DocumentReading r = FrameConsensus.combine(List.of(frame("NGUYEN", "M1234567"), frame("NGUYEN", "M1Z34567"),
                frame("NGUYEN", "M1234567")));
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains("M1234567");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void framesThatDisagreeSendTheFieldToReviewAndDoNotConfirmIt() {
        DocumentReading r = FrameConsensus.combine(List.of(frame("NGUYEN", "M1234567"), frame("NGUYEN", "M1Z34567")));
        assertThat(r.value(DocumentField.SURNAME, FieldSource.MRZ)).contains("NGUYEN");
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.DOCUMENT_FRAMES_DISAGREE);
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
            assertThat(f.evidence()).contains("DOCUMENT_NUMBER").contains("1 of 2")
                    // the evidence never repeats what was read
                    .doesNotContain("M1234567").doesNotContain("M1Z34567");
        });
    }

    @Test
    void aFieldOnlyOneOfSeveralFramesReadIsNotConfirmed() {
        DocumentReading r = FrameConsensus.combine(List.of(frame("NGUYEN", "M1234567"), frame("NGUYEN", null),
                frame("NGUYEN", null)));
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).isEmpty();
        assertThat(r.findings()).extracting(Finding::code).containsExactly(ReasonCode.DOCUMENT_FRAMES_DISAGREE);
    }

    @Test
    void framesSentToRetakeDoNotVote() {
        QualityMetrics blurred = new QualityMetrics(1600, 1200, 12, 140, 0, 1, true);
        DocumentReading r = FrameConsensus.combine(List.of(frame(blurred, "NGUYFN", "M1Z34567", BLURRED),
                frame("NGUYEN", "M1234567"), frame("NGUYEN", "M1234567")));
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains("M1234567");
        assertThat(r.retake()).isFalse();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void whenEveryFrameNeedsARetakeTheCaptureDoes() {
        DocumentReading r = FrameConsensus.combine(List.of(frame(null, null, BLURRED), frame(null, null, BLURRED)));
        assertThat(r.retake()).isTrue();
    }

    @Test
    void aFindingMostFramesReportIsKeptAndAOneFrameSlipIsNot() {
        Finding mismatch = new Finding(ReasonCode.MRZ_VIZ_MISMATCH, Severity.REJECT, "SURNAME");
        Finding slip = new Finding(ReasonCode.MRZ_CHECK_DIGIT, Severity.REJECT, "documentNumber");
        DocumentReading r = FrameConsensus.combine(List.of(frame("NGUYEN", "M1234567", mismatch),
                frame("NGUYEN", "M1234567", mismatch, slip), frame("NGUYEN", "M1234567")));
        assertThat(r.findings()).extracting(Finding::code).containsExactly(ReasonCode.MRZ_VIZ_MISMATCH);
    }

    @Test
    void theSharpestFrameGivesTheQualityAndPortrait() {
        QualityMetrics sharper = new QualityMetrics(1600, 1200, 900, 140, 0, 1, true);
        DocumentReading r = FrameConsensus.combine(List.of(frame("A", "1"), frame(sharper, "A", "1")));
        assertThat(r.quality()).isEqualTo(sharper);
    }

    /** With Tesseract on generated frames. */
    @Nested
    class OnGeneratedFrames {

        @Test
        void aBurstOfTheSamePassportIsReadAsOne() throws Exception {
            try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 60_000)) {
                DocumentChecker checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK);
                SyntheticDocuments clean = SyntheticDocuments.generate(5, 1, DocumentType.PASSPORT_TD3, Degradation.NONE, false);
                SyntheticDocuments noisy = SyntheticDocuments.generate(5, 1, DocumentType.PASSPORT_TD3, Degradation.JPEG_NOISE, false);
                SyntheticDocuments tilted = SyntheticDocuments.generate(5, 1, DocumentType.PASSPORT_TD3, Degradation.ROTATION, false);
                DocumentReading r = checker.check(List.of(clean.jpeg(), noisy.jpeg(), tilted.jpeg()), null);
                assertThat(r.type()).isEqualTo(DocumentType.PASSPORT_TD3);
                assertThat(r.value(DocumentField.SURNAME, FieldSource.MRZ)).contains(clean.person().surname());
                assertThat(r.value(DocumentField.BIRTH_DATE, FieldSource.MRZ)).contains(clean.person().birthDate().toString());
                assertThat(r.findings()).extracting(Finding::code).doesNotContain(ReasonCode.DOCUMENT_FRAMES_DISAGREE);
            }
        }

        @Test
        void framesOfTwoDifferentPassportsConfirmNeitherPersonsNumbers() throws Exception {
            try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 60_000)) {
                DocumentChecker checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK);
                SyntheticDocuments a = SyntheticDocuments.generate(5, 1, DocumentType.PASSPORT_TD3, Degradation.NONE, false);
                SyntheticDocuments b = SyntheticDocuments.generate(5, 6, DocumentType.PASSPORT_TD3, Degradation.NONE, false);
                DocumentReading r = checker.check(List.of(a.jpeg(), b.jpeg()), null);
                assertThat(r.value(DocumentField.BIRTH_DATE, FieldSource.MRZ)).isEmpty();
                assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).isEmpty();
                assertThat(r.findings()).extracting(Finding::code).contains(ReasonCode.DOCUMENT_FRAMES_DISAGREE);
            }
        }

        @Test
        void noFramesOrTooManyAreATypedError() {
            DocumentChecker checker = new DocumentChecker(new TesseractPool("/nonexistent", 1, 1), QualityThresholds.DEFAULT,
                    DocumentCheckerTest.CLOCK);
            assertThatThrownBy(() -> checker.check(List.of(), null)).isInstanceOf(DocumentImageException.class)
                    .satisfies(e -> assertThat(((DocumentImageException) e).code()).isEqualTo(ReasonCode.DOCUMENT_FRAME_COUNT));
            assertThatThrownBy(() -> checker.check(Collections.nCopies(6, new byte[] {1}), null))
                    .satisfies(e -> assertThat(((DocumentImageException) e).code()).isEqualTo(ReasonCode.DOCUMENT_FRAME_COUNT));
        }

        @Test
        void anUnreadableFrameIsNamed() {
            DocumentChecker checker = new DocumentChecker(new TesseractPool("/nonexistent", 1, 1), QualityThresholds.DEFAULT,
                    DocumentCheckerTest.CLOCK);
            byte[] notAnImage = "this is a text file, not a photo".getBytes();
            assertThatThrownBy(() -> checker.check(List.of(notAnImage, notAnImage), null))
                    .isInstanceOf(DocumentImageException.class).hasMessageContaining("frame 1 of 2")
                    .satisfies(e -> assertThat(((DocumentImageException) e).code()).isEqualTo(ReasonCode.IMAGE_UNREADABLE));
        }
    }
}
