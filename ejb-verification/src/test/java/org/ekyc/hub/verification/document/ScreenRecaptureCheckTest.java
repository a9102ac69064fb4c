package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.Assessment;
import org.ekyc.hub.verification.document.quality.QualityGate;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.DocumentRenderer;
import org.ekyc.hub.verification.document.synth.ScreenRecapture;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Screen-recapture signs on generated documents: the same capture held in hand and shown on a simulated LCD. */
class ScreenRecaptureCheckTest {

    private static final QualityGate GATE = new QualityGate(QualityThresholds.DEFAULT);

    private static Optional<Finding> check(BufferedImage photo, DocumentType type) throws Exception {
        // through JPEG, as uploaded
        BufferedImage decoded = DocumentImageDecoder.decode(Capture.jpeg(photo, 0.9f));
        Assessment a = GATE.assess(decoded, type);
        assertThat(a.passed()).as("quality gate").isTrue();
        return ScreenRecaptureCheck.check(decoded, a.quad(), a.layout());
    }

    @ParameterizedTest(name = "pitch {0} camera px per screen pixel")
    @ValueSource(doubles = {0.62, 0.85, 1.2, 1.55, 1.9, 2.5})
    void aResidenceCardShownOnAScreenIsFlaggedAtEveryDistance(double pitch) throws Exception {
        SyntheticPerson p = SyntheticPeople.person(3, 4);
        BufferedImage held = Capture.photo(DocumentRenderer.residenceCard(p), Degradation.NONE, false, 17);
        assertThat(check(held, DocumentType.ALIEN_REGISTRATION_CARD)).as("held in hand").isEmpty();

        Finding f = check(ScreenRecapture.photograph(held, pitch, 23), DocumentType.ALIEN_REGISTRATION_CARD).orElseThrow();
        assertThat(f.code()).isEqualTo(ReasonCode.DOCUMENT_SCREEN_RECAPTURE);
        assertThat(f.severity()).isEqualTo(Severity.REVIEW);
        assertThat(f.evidence()).contains("luma peak", "chroma peak", "other half", "cycles/px", "patch");
    }

    @Test
    void evidenceHoldsMeasurementsOnlyNeverPersonalData() throws Exception {
        SyntheticPerson p = SyntheticPeople.person(3, 9);
        BufferedImage held = Capture.photo(DocumentRenderer.passport(p), Degradation.NONE, false, 5);
        Finding f = check(ScreenRecapture.photograph(held, 1.2, 8), DocumentType.PASSPORT_TD3).orElseThrow();
        assertThat(f.evidence()).matches("luma peak [0-9.]+, chroma peak [0-9.]+, red/blue phase [0-9]+°, "
                + "other half -?[0-9.]+ at [0-9.]+ cycles/px, patch [0-9]+ px");
        assertThat(f.evidence()).doesNotContain(p.surname(), p.passportNumber(), p.birthDate().toString());
    }

    @Test
    void honestPhotosOfEveryFrontLayoutAreNotFlagged() throws Exception {
        int index = 0;
        for (DocumentType type : new DocumentType[] {DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD,
                DocumentType.ALIEN_REGISTRATION_CARD_2023, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD,
                DocumentType.RESIDENT_ID_CARD, DocumentType.DRIVER_LICENCE}) {
            for (Degradation d : new Degradation[] {Degradation.NONE, Degradation.JPEG_NOISE, Degradation.BLUR}) {
                SyntheticDocuments doc = SyntheticDocuments.generate(77, index++, type, d, false);
                BufferedImage photo = DocumentImageDecoder.decode(doc.jpeg());
                Assessment a = GATE.assess(photo, type);
                assertThat(ScreenRecaptureCheck.check(photo, a.quad(), a.layout())).as(type + " " + d).isEmpty();
            }
        }
    }

    @Test
    void aLayoutWithoutPortraitIsNotMeasured() throws Exception {
        SyntheticDocuments back = SyntheticDocuments.generate(3, 1, DocumentType.RESIDENCE_CARD_BACK, Degradation.SCREEN, false);
        BufferedImage photo = DocumentImageDecoder.decode(back.jpeg());
        Assessment a = GATE.assess(photo, DocumentType.RESIDENCE_CARD_BACK);
        assertThat(ScreenRecaptureCheck.measure(photo, a.quad(), a.layout())).isEmpty();
    }

    @Test
    void theDocumentCheckFlagsARecapturedPassportForReviewAndStillReadsIt() throws Exception {
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 60_000)) {
            DocumentChecker checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK);
            SyntheticDocuments doc = SyntheticDocuments.generate(5, 1, DocumentType.PASSPORT_TD3, Degradation.SCREEN, false);
            DocumentReading r = checker.check(doc.jpeg(), null);
            assertThat(r.type()).isEqualTo(DocumentType.PASSPORT_TD3);
            assertThat(r.findings()).extracting(Finding::code).contains(ReasonCode.DOCUMENT_SCREEN_RECAPTURE);
            assertThat(r.retake()).isFalse();

            DocumentReading honest = checker.check(
                    SyntheticDocuments.generate(5, 1, DocumentType.PASSPORT_TD3, Degradation.NONE, false).jpeg(), null);
            assertThat(honest.findings()).extracting(Finding::code).doesNotContain(ReasonCode.DOCUMENT_SCREEN_RECAPTURE);
        }
    }
}
