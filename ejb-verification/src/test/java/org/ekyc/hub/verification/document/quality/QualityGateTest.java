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
}
