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
import org.ekyc.hub.verification.face.FaceEngine;
import org.ekyc.hub.verification.face.FacePolicy;
import org.ekyc.hub.verification.face.FaceTestData;
import org.ekyc.hub.verification.face.ImageDecoder;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.face.PortraitTemplate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @Test
    void thePortraitToMatchIsCutAroundTheFaceFoundInThePortraitRegion() {
        Rectangle face = new Rectangle(90, 200, 150, 190);
        assertThat(PortraitCheck.locate(List.of(new Rectangle(700, 60, 80, 100), face), PORTRAIT, PAGE)).hasValueSatisfying(r -> {
            assertThat(r.contains(face)).isTrue();
            assertThat(r.getCenterX()).isCloseTo(face.getCenterX(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(new Rectangle(PAGE).contains(r)).isTrue();
        });
        // a face only elsewhere (a glued-on photo) gives no portrait to match against
        assertThat(PortraitCheck.locate(List.of(new Rectangle(700, 60, 150, 190)), PORTRAIT, PAGE)).isEmpty();
        assertThat(PortraitCheck.locate(List.of(), PORTRAIT, PAGE)).isEmpty();
    }

    /** With YuNet and Tesseract on generated passports. */
    @Nested
    class OnGeneratedPassports {

        @ParameterizedTest
        @EnumSource(value = DocumentType.class, names = {"PASSPORT_TD3", "ALIEN_REGISTRATION_CARD"})
        void theLocatedPortraitMatchesItsOwnersOtherPhotoAndNoOneElse(DocumentType type) throws Exception {
            SyntheticPerson p = SyntheticPeople.person(5, 1);
            BufferedImage flat = type == DocumentType.PASSPORT_TD3 ? DocumentRenderer.passport(p) : DocumentRenderer.residenceCard(p);
            DocumentReading r = read(flat);
            FaceEngine engine = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), FacePolicy.calibrated(),
                    LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 10),
                    new InMemoryFrameLedger(10));
            PortraitTemplate portrait = engine.portraitTemplate(r.portrait());
            assertThat(portrait.usable()).as("problem %s", portrait.problem()).isTrue();
            String drawn = p.portrait().getFileName().toString();
            String owner = drawn.substring(0, 4) + (drawn.endsWith("_03.jpg") ? "08" : "03") + ".jpg";
            String impostor = drawn.startsWith("005") ? "001_08.jpg" : "005_08.jpg";
            assertThat(engine.match(r.portrait(), FaceTestData.image("london/" + owner)).outcome()).isEqualTo(MatchOutcome.MATCH);
            assertThat(engine.match(r.portrait(), FaceTestData.image("london/" + impostor)).outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        }

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
