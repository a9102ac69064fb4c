package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.document.synth.DocumentRenderer;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document cropped to its edges (a flatbed scan, a mobile SDK's auto-crop) is the document, not a
 * document cut off by the frame; a document that really runs out of the photo still is.
 */
class ScannedDocumentTest {

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

    private static BufferedImage withMargin(BufferedImage doc, double share, Color paper) {
        int mx = (int) Math.round(doc.getWidth() * share);
        int my = (int) Math.round(doc.getHeight() * share);
        BufferedImage out = new BufferedImage(doc.getWidth() + 2 * mx, doc.getHeight() + 2 * my, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(doc, mx, my, null);
        g.dispose();
        return out;
    }

    @Test
    void aPassportCroppedToItsEdgesIsRead() {
        SyntheticPerson p = SyntheticPeople.person(8, 1);
        DocumentReading r = check(DocumentRenderer.passport(p), DocumentType.PASSPORT_TD3);
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(ReasonCode.DOCUMENT_CUT_OFF);
        assertThat(r.retake()).as(r.findings().toString()).isFalse();
        assertThat(r.value(DocumentField.BIRTH_DATE, FieldSource.MRZ)).contains(p.birthDate().toString());
        assertThat(r.value(DocumentField.SURNAME, FieldSource.MRZ)).contains(p.surname());
    }

    @Test
    void aResidenceCardScannedWithAThinWhiteMarginIsRead() {
        SyntheticPerson p = SyntheticPeople.person(8, 2);
        DocumentReading r = check(withMargin(DocumentRenderer.residenceCard(p), 0.01, Color.WHITE), null);
        assertThat(r.fields()).as(r.findings() + " " + r.quality()).isNotEmpty();
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(ReasonCode.DOCUMENT_CUT_OFF);
        assertThat(r.value(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ)).contains(p.registrationNumber());
    }

    @Test
    void aDocumentRunningOutOfTheFrameIsStillCutOff() {
        SyntheticPerson p = SyntheticPeople.person(8, 3);
        BufferedImage onTable = Capture.photo(DocumentRenderer.passport(p),
                org.ekyc.hub.verification.document.synth.Degradation.NONE, false, 5);
        // the right third of the scene is lost: two corners of the passport are outside the photo
        BufferedImage cut = onTable.getSubimage(0, 0, onTable.getWidth() * 2 / 3, onTable.getHeight());
        DocumentReading r = check(cut, null);
        assertThat(r.findings()).extracting(Finding::code).contains(ReasonCode.DOCUMENT_CUT_OFF);
    }

    private static DocumentReading check(BufferedImage image, DocumentType expected) {
        try {
            return checker.check(Capture.jpeg(image, 0.92f), expected);
        } catch (org.ekyc.hub.verification.api.document.DocumentImageException e) {
            throw new AssertionError(e);
        }
    }
}
