package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.DocumentRenderer;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.ekyc.hub.verification.imaging.ExifOrientation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Photos as phones send them: turned a quarter or a half without an orientation tag, and passports whose dark
 * coloured header band a grey threshold takes for the table (synthetic people, the engine's own generator).
 */
class TurnedAndBandedDocumentTest {

    static TesseractPool pool;
    static DocumentChecker checker;

    @BeforeAll
    static void engines() {
        pool = new TesseractPool(TesseractPool.tessdata(), 2, 60_000);
        checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    /** EXIF orientation numbers: 6 a quarter clockwise, 3 a half turn, 8 a quarter anticlockwise. */
    @ParameterizedTest
    @ValueSource(ints = {6, 3, 8})
    void aPassportPhotographedWithThePhoneTurnedIsReadUpright(int turn) {
        SyntheticPerson p = SyntheticPeople.person(11, turn);
        BufferedImage photo = Capture.photo(DocumentRenderer.passport(p), Degradation.NONE, false, 3);
        DocumentReading r = check(ExifOrientation.apply(photo, turn));
        assertThat(r.type()).as(r.findings().toString()).isEqualTo(DocumentType.PASSPORT_TD3);
        assertThat(r.retake()).as(r.findings().toString()).isFalse();
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains(p.passportNumber());
    }

    /**
     * A face locator that scores the turns of a standing photo as told (in the order the checker offers them: as it
     * is, a quarter anticlockwise, a quarter clockwise) and counts the readings that reach the portrait.
     */
    static final class ScriptedFaces implements org.ekyc.hub.verification.imaging.FaceLocator {
        final double[] scores;
        int offered;
        int portraitLookups;

        ScriptedFaces(double... scores) {
            this.scores = scores;
        }

        @Override
        public java.util.List<java.awt.Rectangle> find(BufferedImage image) {
            portraitLookups++;
            return java.util.List.of();
        }

        @Override
        public double uprightFace(BufferedImage image) {
            return scores[offered++ % scores.length];
        }
    }

    private static DocumentReading checkWith(ScriptedFaces faces, BufferedImage image) throws Exception {
        return new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK, faces)
                .check(Capture.jpeg(image, 0.9f), null);
    }

    /**
     * A passport photographed turned a quarter clockwise: the quarter anticlockwise (the second turn offered)
     * stands it upright. The passport's number must be read whichever turn the face scores point at; a clear face
     * in the right turn means one turn read, not three.
     */
    @ParameterizedTest
    @CsvSource({"0.40,0.94,0.70,1", "0.40,0.60,0.95,-1"})
    void theTurnWhosePortraitClearlyStandsUprightIsReadFirstAndAWrongOneCostsOnlyTime(
            double asIs, double anticlockwise, double clockwise, int portraitLookups) throws Exception {
        SyntheticPerson p = SyntheticPeople.person(11, 6);
        BufferedImage photo = Capture.photo(DocumentRenderer.passport(p), Degradation.NONE, false, 3);
        ScriptedFaces faces = new ScriptedFaces(asIs, anticlockwise, clockwise);
        DocumentReading r = checkWith(faces, ExifOrientation.apply(photo, 6));
        assertThat(r.type()).as(r.findings().toString()).isEqualTo(DocumentType.PASSPORT_TD3);
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains(p.passportNumber());
        assertThat(faces.offered).isEqualTo(3);
        if (portraitLookups > 0) {
            assertThat(faces.portraitLookups).as("one turn read, not three").isEqualTo(portraitLookups);
        }
    }

    @Test
    void anUpsideDownPageWhoseFootReadsAsAnMrzOfGarbageIsTurnedByItsPortrait() throws Exception {
        SyntheticPerson p = SyntheticPeople.person(11, 4);
        BufferedImage page = ExifOrientation.apply(DocumentRenderer.passport(p), 3);
        // upside down, the page's foot is its header; here it carries two MRZ-shaped lines whose check digits and
        // dates fail, so the reading as it is finds an MRZ, not none
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int h = page.getHeight();
        g.setColor(new Color(page.getRGB(3, h - 3))); // the paper's own tint: white would be glare
        g.fillRect(0, h * 84 / 100, page.getWidth(), h * 16 / 100);
        g.setColor(Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, page.getWidth() / 44 * 10 / 6));
        g.drawString("P<UTOQWERTY<<ASDF<<<<<<<<<<<<<<<<<<<<<<<<<<", page.getWidth() / 40, h * 90 / 100);
        g.drawString("X7Q3L9W2K5UTO9913997M9945997<<<<<<<<<<<<<<08", page.getWidth() / 40, h * 96 / 100);
        g.dispose();
        BufferedImage photo = Capture.photo(page, Degradation.NONE, false, 3);
        ScriptedFaces faces = new ScriptedFaces(0.10, 0.94);
        DocumentReading r = checkWith(faces, photo);
        assertThat(faces.offered).as("the portrait was asked: " + r.findings()).isEqualTo(2);
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).as(r.findings().toString()).contains(p.passportNumber());
    }

    @Test
    void onlyAClearlyBestFaceChoosesTheTurn() {
        assertThat(DocumentChecker.clearlyUpright(new double[] {0.62, 0.94, 0.80})).isEqualTo(1);
        assertThat(DocumentChecker.clearlyUpright(new double[] {0.0, 0.0, 0.93})).isEqualTo(2);
        // too close to another turn, too weak, no face at all, or a locator that cannot tell: read every turn
        assertThat(DocumentChecker.clearlyUpright(new double[] {0.91, 0.94, 0.10})).isEqualTo(-1);
        assertThat(DocumentChecker.clearlyUpright(new double[] {0.0, 0.80, 0.0})).isEqualTo(-1);
        assertThat(DocumentChecker.clearlyUpright(new double[] {0.0, 0.0, 0.0})).isEqualTo(-1);
        assertThat(DocumentChecker.clearlyUpright(new double[] {-1, -1, -1})).isEqualTo(-1);
    }

    @Test
    void aPassportWithADarkRedHeaderBandOnAGreyTableIsFoundWhole() {
        SyntheticPerson p = SyntheticPeople.person(11, 7);
        BufferedImage page = DocumentRenderer.passport(p);
        Graphics2D g = page.createGraphics();
        // a header band darker than the table in grey, far from it in colour
        g.setColor(new Color(150, 30, 35));
        g.fillRect(0, 0, page.getWidth(), page.getHeight() / 8);
        g.dispose();
        BufferedImage table = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        g = table.createGraphics();
        g.setColor(new Color(118, 118, 118));
        g.fillRect(0, 0, table.getWidth(), table.getHeight());
        g.drawImage(page, 200, 180, 1200, 1200 * page.getHeight() / page.getWidth(), null);
        g.dispose();
        DocumentReading r = check(table);
        assertThat(r.type()).as(r.findings().toString()).isEqualTo(DocumentType.PASSPORT_TD3);
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains(p.passportNumber());
    }

    @Test
    void aTableInsideADarkFrameIsNotTakenForTheDocument() {
        // the photo of a passport on a table, shown at 90 % inside a dark uniform frame (a camera stream's
        // letterbox, a screen's bezel): the surface the colour finder sees is the frame, and the table inside it
        // differs from it; the document is still the passport, not the table
        SyntheticPerson p = SyntheticPeople.person(11, 9);
        BufferedImage scene = image(org.ekyc.hub.verification.document.synth.SyntheticDocuments.draw(p, DocumentType.PASSPORT_TD3,
                Degradation.NONE, false, 29L).jpeg());
        BufferedImage frame = new BufferedImage(scene.getWidth(), scene.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0x20, 0x22, 0x26));
        g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
        int w = frame.getWidth() * 9 / 10;
        int h = w * scene.getHeight() / scene.getWidth();
        g.drawImage(scene, (frame.getWidth() - w) / 2, (frame.getHeight() - h) / 2, w, h, null);
        g.dispose();
        // the gate's document is the page (about 60 % of the table inside the frame), not the table
        org.ekyc.hub.verification.document.quality.Quad found =
                new org.ekyc.hub.verification.document.quality.QualityGate(QualityThresholds.DEFAULT).assess(frame, null).quad();
        assertThat(found.area()).isLessThan(0.7 * w * h);
        DocumentReading r = check(frame);
        assertThat(r.findings()).isEmpty();
        assertThat(r.value(DocumentField.DOCUMENT_NUMBER, FieldSource.MRZ)).contains(p.passportNumber());
    }

    private static BufferedImage image(byte[] jpeg) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DocumentReading check(BufferedImage image) {
        try {
            return checker.check(Capture.jpeg(image, 0.9f), null);
        } catch (org.ekyc.hub.verification.api.document.DocumentImageException e) {
            throw new AssertionError(e);
        }
    }
}
