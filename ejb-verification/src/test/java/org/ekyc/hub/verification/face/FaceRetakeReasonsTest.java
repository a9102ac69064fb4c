package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.FaceDetector;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.ekyc.hub.verification.imaging.ExifJpegs;
import org.junit.jupiter.api.Test;

/**
 * Each retake reason from real tuning images (../shared/testdata/faces): a face shrunk onto a larger
 * canvas is detected but too small, two people composed side by side are several faces, the photo
 * attack held at an angle is an extreme pose.
 */
class FaceRetakeReasonsTest {

    private final FaceEngine engine = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), FacePolicy.calibrated(),
            LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100),
            new InMemoryFrameLedger(1000));
    private final FaceDetector detector = new FaceDetector(FaceTestData.models());

    private static BufferedImage read(String file) {
        try {
            return ImageIO.read(new ByteArrayInputStream(FaceTestData.image(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = b.createGraphics();
        g.setColor(new Color(205, 200, 195));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return b;
    }

    private static void draw(BufferedImage onto, BufferedImage src, double factor, int x, int y) {
        int w = (int) Math.round(src.getWidth() * factor);
        int h = (int) Math.round(src.getHeight() * factor);
        Graphics2D g = onto.createGraphics();
        g.drawImage(src.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING), x, y, null);
        g.dispose();
    }

    /** The photo shrunk until its face is {@code templateScale} × the alignment template, centred on a 1280 × 960 canvas (a phone frame). */
    private byte[] shrunk(String file, double templateScale) throws Exception {
        Detection face = detector.detect(FaceTestData.decoded(file)).get(0);
        double factor = templateScale / FaceAnalyzer.templateScale(face);
        BufferedImage src = read(file);
        BufferedImage out = canvas(1280, 960);
        draw(out, src, factor, (int) (640 - src.getWidth() * factor / 2), (int) (480 - src.getHeight() * factor / 2));
        return ImageDecoderTest.encode(out, "jpeg");
    }

    /** Two people side by side at half size, as a second person leaning into the frame. */
    private static byte[] sideBySide(String left, String right, int shift) throws Exception {
        BufferedImage a = read(left);
        BufferedImage b = read(right);
        BufferedImage out = canvas(1350 + shift, 675 + shift);
        draw(out, a, 0.5, shift, shift);
        draw(out, b, 0.5, 675 + shift, 0);
        return ImageDecoderTest.encode(out, "jpeg");
    }

    @Test
    void aFaceDetectedButSmallerThanTheTemplateIsTooSmallNotMissing() throws Exception {
        byte[] far = shrunk("london/003_08.jpg", 0.6);
        FaceFinding finding = engine.embed(far, true, false).finding();
        assertThat(finding.faceCount()).isEqualTo(1);
        assertThat(finding.problem()).isEqualTo(ReasonCode.FACE_TOO_SMALL);
        FaceMatchResult r = engine.match(FaceTestData.image("london/003_03.jpg"), far);
        assertThat(r.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        // the anti-spoof score is taken on any face found, and a photo pasted on a plain canvas does look like a print
        assertThat(r.reasons()).startsWith(ReasonCode.FACE_TOO_SMALL).doesNotContain(ReasonCode.FACE_NOT_FOUND);
        assertThat(r.liveTemplate()).isNull();
        FaceMatchResult asPortrait = engine.match(far, FaceTestData.image("london/003_03.jpg"));
        assertThat(asPortrait.reasons()).containsExactly(ReasonCode.FACE_TOO_SMALL);
    }

    @Test
    void aSmallPortraitJustAboveTheTemplateStillMatches() throws Exception {
        FaceMatchResult r = engine.match(shrunk("london/003_03.jpg", 1.2), FaceTestData.image("london/003_08.jpg"));
        assertThat(r.reasons()).doesNotContain(ReasonCode.FACE_TOO_SMALL);
        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aTinyFaceInOneLivenessFrameIsReportedAsTooSmall() throws Exception {
        List<LiveFrame> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            frames.add(new LiveFrame(shrunk("london/008_08.jpg", i == 3 ? 0.6 : 1.6 + 0.05 * i), 150L * i));
        }
        LivenessResult r = engine.verifyLiveness(engine.issueChallenge().nonce(), frames);
        assertThat(r.outcome()).isEqualTo(LivenessResult.Outcome.FAILED);
        assertThat(r.reasons()).containsExactly(ReasonCode.FACE_TOO_SMALL);
    }

    @Test
    void twoPeopleSideBySideAreSeveralFaces() throws Exception {
        byte[] two = sideBySide("london/004_03.jpg", "london/007_03.jpg", 0);
        FaceFinding finding = engine.embed(two, true, false).finding();
        assertThat(finding.faceCount()).isEqualTo(2);
        assertThat(finding.problem()).isEqualTo(ReasonCode.FACE_MULTIPLE);
        FaceMatchResult r = engine.match(FaceTestData.image("london/004_08.jpg"), two);
        assertThat(r.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(r.reasons()).contains(ReasonCode.FACE_MULTIPLE).doesNotContain(ReasonCode.FACE_NOT_FOUND);

        List<LiveFrame> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            frames.add(new LiveFrame(sideBySide("london/004_03.jpg", "london/007_03.jpg", 4 * i), 150L * i));
        }
        assertThat(engine.verifyLiveness(engine.issueChallenge().nonce(), frames).reasons())
                .containsExactly(ReasonCode.FACE_MULTIPLE);
    }

    @Test
    void aFaceTurnedFarAwayIsAnExtremePoseForMatching() throws Exception {
        // the printed-photo attack, held at an angle: yaw ≈ 34° from its landmarks
        byte[] turned = FaceTestData.image("spoof_minivision/image_F1.jpg");
        assertThat(engine.embed(turned, true, false).finding().problem()).isEqualTo(ReasonCode.FACE_POSE_EXTREME);
        assertThat(engine.embed(turned, false, false).finding().usable()).isTrue();
        assertThat(engine.match(turned, FaceTestData.image("spoof_minivision/image_T1.jpg")).reasons())
                .containsExactly(ReasonCode.FACE_POSE_EXTREME);
    }

    /**
     * YuNet reports a "face" on most heads lying on their side or upside down (score 0.7–0.9 on the tuning
     * images), with its landmarks laid out as if upright; the embedding of that alignment has a cosine near 0
     * to the real one. So without the orientation the selfie is not a retake but a silent NO_MATCH — which is
     * what this test tells apart.
     */
    @Test
    void aSelfieTakenWithThePhoneTurnedMatchesOnlyBecauseItsExifOrientationIsApplied() throws Exception {
        BufferedImage upright = read("cc0_zoom/45cm.jpg");
        byte[] reference = FaceTestData.image("cc0_zoom/30cm.jpg");
        for (int orientation : new int[] {6, 8}) {
            BufferedImage sideways = ExifJpegs.storedFor(upright, orientation);
            byte[] asShot = ExifJpegs.withOrientation(sideways, orientation);
            FaceFinding honoured = engine.embed(asShot, true, false).finding();
            assertThat(honoured.usable()).as("orientation %d honoured", orientation).isTrue();
            assertThat(Math.abs(honoured.face().yawDegrees())).isLessThan(10);
            FaceMatchResult r = engine.match(reference, asShot);
            assertThat(r.outcome()).as("orientation %d honoured", orientation).isEqualTo(MatchOutcome.MATCH);
            assertThat(r.similarity()).isGreaterThan(0.8);
            // the same stored pixels, the tag saying "as stored": no usable face, or one that matches nobody
            FaceMatchResult ignored = engine.match(reference, ExifJpegs.withOrientation(sideways, 1));
            assertThat(ignored.outcome()).as("orientation %d ignored", orientation).isEqualTo(MatchOutcome.NO_MATCH);
            assertThat(ignored.similarity()).as("orientation %d ignored", orientation)
                    .satisfiesAnyOf(c -> assertThat(c).isNaN(), c -> assertThat(c).isLessThan(0.3));
        }
    }
}
