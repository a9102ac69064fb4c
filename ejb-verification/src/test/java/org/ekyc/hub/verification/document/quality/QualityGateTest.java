package org.ekyc.hub.verification.document.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The gate on synthetic captures (portraits from shared/testdata/faces, fonts from Debian). */
class QualityGateTest {

    private final QualityGate gate = new QualityGate(QualityThresholds.DEFAULT);

    private Assessment assess(DocumentType type, Degradation d, boolean severe, int index) throws Exception {
        byte[] jpeg = SyntheticDocuments.generate(11, index, type, d, severe).jpeg();
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(jpeg));
        return gate.assess(photo, null);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"PASSPORT_TD3", "ALIEN_REGISTRATION_CARD"})
    void aCleanCapturePassesAndIsClassifiedByItsShape(DocumentType type) throws Exception {
        Assessment a = assess(type, Degradation.NONE, false, 1);
        assertThat(a.findings()).isEmpty();
        assertThat(a.layout().type()).isEqualTo(type);
        assertThat(a.normalised().width).isEqualTo(a.layout().width());
        assertThat(a.metrics().documentFound()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"BLUR, IMAGE_BLURRED", "DARK, IMAGE_TOO_DARK", "PERSPECTIVE, DOCUMENT_SKEWED",
            "ROTATION, DOCUMENT_SKEWED"})
    void aBadCaptureGetsARetakeReason(Degradation d, ReasonCode expected) throws Exception {
        List<Finding> findings = assess(DocumentType.PASSPORT_TD3, d, true, 2).findings();
        assertThat(findings).extracting(Finding::code).contains(expected);
        assertThat(findings).allMatch(f -> f.severity() == Severity.RETAKE);
    }

    @ParameterizedTest
    @EnumSource(value = Degradation.class, names = {"BLUR", "DARK", "ROTATION", "PERSPECTIVE", "JPEG_NOISE"})
    void aMildlyDegradedCaptureStillPasses(Degradation d) throws Exception {
        assertThat(assess(DocumentType.PASSPORT_TD3, d, false, 3).findings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aPhotoWithoutADocumentIsNotFound() {
        BufferedImage empty = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Assessment a = gate.assess(empty, null);
        assertThat(a.findings()).extracting(Finding::code).containsAnyOf(ReasonCode.DOCUMENT_NOT_FOUND, ReasonCode.IMAGE_TOO_DARK);
        assertThat(a.metrics().documentFound()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aThumbnailIsTooSmall() {
        Assessment a = gate.assess(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), null);
        assertThat(a.findings()).extracting(Finding::code).containsExactly(ReasonCode.IMAGE_TOO_SMALL);
    }

    /**
     * A card (tinted, with lines of dark print) on a dark table, with a 264 px square of paper white at its top right:
     * a QR code with its quiet zone, or the same square blank (a reflection's burnt-out patch).
     */
    private static BufferedImage cardWithWhiteSquare(boolean qrCode) {
        BufferedImage photo = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(new java.awt.Color(60, 60, 60));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new java.awt.Color(225, 225, 232));
        g.fillRect(150, 116, 900, 567);
        g.setColor(new java.awt.Color(20, 20, 20));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 30));
        for (int i = 0; i < 8; i++) {
            g.drawString("RESIDENCE CARD 1234567 ABCDEFG", 190, 180 + i * 60);
        }
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(760, 140, 264, 264);
        if (qrCode) {
            boofcv.alg.fiducial.qrcode.QrCode qr = new boofcv.alg.fiducial.qrcode.QrCodeEncoder().addAutomatic("KRC0123456789").fixate();
            boofcv.alg.fiducial.qrcode.QrCodeGeneratorImage render = new boofcv.alg.fiducial.qrcode.QrCodeGeneratorImage(8);
            render.render(qr);
            BufferedImage modules = GrayImages.buffered(render.getGray());
            g.drawImage(modules, 792, 172, 200, 200, null);
        }
        g.dispose();
        return photo;
    }

    @org.junit.jupiter.api.Test
    void aQrCodesQuietZoneIsPrintNotGlare() {
        assertThat(gate.assess(cardWithWhiteSquare(true), null).findings()).extracting(Finding::code)
                .doesNotContain(ReasonCode.IMAGE_GLARE);
        // the same white without the code is a burnt-out patch
        assertThat(gate.assess(cardWithWhiteSquare(false), null).findings()).extracting(Finding::code)
                .contains(ReasonCode.IMAGE_GLARE);
    }

    @org.junit.jupiter.api.Test
    void aCardUnderAShadowIsFoundWholeNotCutOff() {
        Assessment a = gate.assess(DocumentFinderTest.cardUnderShadow(), null);
        assertThat(a.findings()).extracting(Finding::code).doesNotContain(ReasonCode.DOCUMENT_CUT_OFF);
        assertThat(DocumentFinderTest.nearCorners(a.quad(), 1, 12)).as("corners of %s", a.quad()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void focusIsJudgedAsIfTheDocumentWereLit() {
        // the same sharp card, lit and at 55 % of the light: a dim photo has fainter edges, not softer ones
        Assessment lit = gate.assess(DocumentFinderTest.card(x -> 1), null);
        Assessment dim = gate.assess(DocumentFinderTest.card(x -> 0.55), null);
        assertThat(dim.metrics().meanBrightness()).isLessThan(QualityGate.LIT * 0.75);
        assertThat(dim.metrics().sharpness()).isGreaterThan(lit.metrics().sharpness() * 0.6);
        // above the ordinary level nothing is raised
        assertThat(QualityGate.dimLight(QualityGate.LIT + 40)).isEqualTo(1);
    }
}
