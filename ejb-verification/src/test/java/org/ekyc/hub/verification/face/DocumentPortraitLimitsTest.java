package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.face.PortraitTemplate;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.FaceDetector;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document portrait has its own size limit: an ID-card-like crop (150 × 200 px, soft, low contrast, JPEG)
 * whose face is below the selfie's limit is taken as a portrait, still matches its owner's selfie and does
 * not match another person's. Faces from the tuning split (../shared/testdata/faces/london) only.
 */
class DocumentPortraitLimitsTest {

    private static final FacePolicy POLICY = FacePolicy.calibrated();
    private final FaceEngine engine = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), POLICY,
            LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100),
            new InMemoryFrameLedger(1000));
    private final FaceDetector detector = new FaceDetector(FaceTestData.models());

    /**
     * The owner's studio photo cut like an ID-card portrait: the detector's face box {@code faceShare} of the
     * crop's width (about half on an ID photo), scaled to 150 × 200, softened (3 × 3 blur), contrast lowered by
     * 40 %, JPEG at quality 0.6.
     */
    private byte[] idCardPortrait(String file, double faceShare) throws Exception {
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(FaceTestData.image(file)));
        Detection face = detector.detect(FaceTestData.decoded(file)).stream()
                .max(Comparator.comparingDouble(Detection::area)).orElseThrow();
        int w = (int) Math.round(face.w() / faceShare);
        int h = w * 4 / 3;
        Rectangle cut = new Rectangle((int) Math.round(face.x() + face.w() / 2 - w / 2.0),
                (int) Math.round(face.y() + face.h() / 2 - h * 0.45), w, h)
                .intersection(new Rectangle(0, 0, photo.getWidth(), photo.getHeight()));
        BufferedImage small = new BufferedImage(150, 200, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, 150, 200, cut.x, cut.y, cut.x + cut.width, cut.y + cut.height, null);
        g.dispose();
        float[] box = new float[9];
        java.util.Arrays.fill(box, 1f / 9);
        BufferedImage soft = new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(small, null);
        BufferedImage flat = new RescaleOp(0.6f, 0.4f * 128, null).filter(soft, null);
        return Capture.jpeg(flat, 0.6f);
    }

    private FaceTemplate selfie(String file) throws Exception {
        FaceEngine.EmbeddedFace live = engine.embed(FaceTestData.image(file), true, false);
        assertThat(live.finding().usable()).isTrue();
        return new FaceTemplate(EmbeddingModel.FR_FEATURE.templateId(), live.embedding());
    }

    @ParameterizedTest
    @CsvSource({"003, 005, 0.45", "001, 019, 0.50", "007, 062, 0.48", "010, 138, 0.42"})
    void aSmallSoftIdCardPortraitIsTakenAndMatchesItsOwnerButNotAnImpostor(String owner, String impostor, double faceShare)
            throws Exception {
        byte[] portrait = idCardPortrait("london/" + owner + "_03.jpg", faceShare);
        Detection face = detector.detect(ImageDecoder.defaults().decode(portrait)).stream()
                .max(Comparator.comparingDouble(Detection::area)).orElseThrow();
        double scale = FaceAnalyzer.templateScale(face);
        // below the selfie's limit, above the portrait's: the case the selfie rule used to refuse
        assertThat(scale).isBetween(POLICY.minPortraitScale(), POLICY.minFaceScale());
        assertThat(new FaceAnalyzer(POLICY).choose(java.util.List.of(face), true).problem()).isEqualTo(ReasonCode.FACE_TOO_SMALL);

        PortraitTemplate template = engine.portraitTemplate(portrait);
        assertThat(template.usable()).as("scale %.2f", scale).isTrue();
        var genuine = engine.match(template.template(), selfie("london/" + owner + "_08.jpg"));
        assertThat(genuine.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(engine.match(template.template(), selfie("london/" + impostor + "_08.jpg")).outcome())
                .isEqualTo(MatchOutcome.NO_MATCH);
    }

    @Test
    void aPortraitBelowItsOwnLimitIsUnusableWithTheFaceEnginesReason() throws Exception {
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(FaceTestData.image("london/003_03.jpg")));
        // the whole studio photo shrunk to 120 px: the face spans about 0.5 of the template
        BufferedImage tiny = new BufferedImage(120, 120, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = tiny.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, 120, 120, null);
        g.dispose();
        PortraitTemplate template = engine.portraitTemplate(Capture.jpeg(tiny, 0.9f));
        assertThat(template.usable()).isFalse();
        assertThat(template.problem()).isIn(ReasonCode.FACE_TOO_SMALL, ReasonCode.FACE_NOT_FOUND);
    }

    @Test
    void aPortraitTemplateOfAnotherModelAsksForTheDocumentAgain() throws Exception {
        FaceTemplate live = selfie("london/003_08.jpg");
        FaceTemplate dlib = new FaceTemplate("dlib_resnet_v1/chip150", new float[128]);
        org.assertj.core.api.Assertions.assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                org.ekyc.hub.verification.api.InvalidRequestException.class, () -> engine.match(dlib, live)).reason())
                .isEqualTo(ReasonCode.DOCUMENT_REQUIRED);
    }
}
