package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.DocumentRenderer;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.ekyc.hub.verification.face.DocumentFaces;
import org.ekyc.hub.verification.face.FaceTestData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PortraitCheckTest {

    private static final Dimension PAGE = new Dimension(1000, 704);
    private static final Rectangle PORTRAIT = new Rectangle(40, 127, 260, 380);

    @Test
    void aFaceInsideThePortraitRegionIsFine() {
        assertThat(PortraitCheck.judge(List.of(new Rectangle(90, 200, 150, 190)), PORTRAIT, PAGE)).isEmpty();
    }

    @Test
    void noFaceAtAllIsReviewed() {
        assertThat(PortraitCheck.judge(List.of(), PORTRAIT, PAGE)).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.DOCUMENT_PORTRAIT_NO_FACE);
            assertThat(f.severity()).isEqualTo(Severity.REVIEW);
        });
    }

    @Test
    void aFaceOnlyElsewhereIsMisplacedWithItsPositionAsEvidence() {
        assertThat(PortraitCheck.judge(List.of(new Rectangle(700, 60, 150, 190)), PORTRAIT, PAGE)).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.DOCUMENT_PORTRAIT_MISPLACED);
            assertThat(f.evidence()).contains("78%,22%");
        });
    }

    @Test
    void oneFaceInPlaceIsEnoughEvenWithAGhostImageElsewhere() {
        // many passports print a second, small 'ghost' portrait
        assertThat(PortraitCheck.judge(List.of(new Rectangle(700, 60, 80, 100), new Rectangle(90, 200, 150, 190)),
                PORTRAIT, PAGE)).isEmpty();
    }

    /** With YuNet and Tesseract on generated passports. */
    @Nested
    class OnGeneratedPassports {

        private DocumentReading read(BufferedImage flat) throws Exception {
            try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 60_000)) {
                DocumentChecker checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK,
                        new DocumentFaces(FaceTestData.models()));
                return checker.check(Capture.jpeg(Capture.photo(flat, Degradation.NONE, false, 21), 0.9f), null);
            }
        }

        private static void blankPortrait(BufferedImage page) {
            Rectangle r = DocumentLayout.PASSPORT_TD3.pixels(DocumentLayout.PASSPORT_TD3.portrait());
            Graphics2D g = page.createGraphics();
            g.setColor(new Color(220, 232, 226));
            g.fillRect(r.x, r.y, r.width, r.height);
            g.dispose();
        }

        @Test
        void anUntouchedPassportRaisesNoPortraitSignal() throws Exception {
            SyntheticPerson p = SyntheticPeople.person(5, 1);
            DocumentReading r = read(DocumentRenderer.passport(p));
            assertThat(r.findings()).extracting(Finding::code)
                    .doesNotContain(ReasonCode.DOCUMENT_PORTRAIT_NO_FACE, ReasonCode.DOCUMENT_PORTRAIT_MISPLACED);
        }

        @Test
        void aPassportWhosePortraitWasPaintedOverHasNoFace() throws Exception {
            BufferedImage page = DocumentRenderer.passport(SyntheticPeople.person(5, 1));
            blankPortrait(page);
            assertThat(read(page).findings()).extracting(Finding::code).contains(ReasonCode.DOCUMENT_PORTRAIT_NO_FACE);
        }

        @Test
        void aPhotoGluedOutsideThePortraitPlaceIsMisplaced() throws Exception {
            SyntheticPerson p = SyntheticPeople.person(5, 1);
            BufferedImage page = DocumentRenderer.passport(p);
            blankPortrait(page);
            BufferedImage face = ImageIO.read(p.portrait().toFile());
            Graphics2D g = page.createGraphics();
            // over the right half of the visual zone, above the MRZ
            g.drawImage(face, 700, 150, 240, 300, null);
            g.dispose();
            assertThat(read(page).findings()).extracting(Finding::code).contains(ReasonCode.DOCUMENT_PORTRAIT_MISPLACED);
        }
    }
}
