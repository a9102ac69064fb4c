package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.ekyc.hub.verification.imaging.DeclaredSizeImages;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the tuning images of ../shared/testdata/faces. */
class FaceEngineTest {

    private final FaceEngine engine = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), FacePolicy.calibrated(),
            LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100),
            new InMemoryFrameLedger(1000));

    private static byte[] img(String file) {
        return FaceTestData.image(file);
    }

    private static byte[] blankJpeg() throws Exception {
        BufferedImage b = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = b.createGraphics();
        g.setColor(new Color(180, 170, 160));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        return ImageDecoderTest.encode(b, "jpeg");
    }

    @Test
    void samePersonMatches() throws Exception {
        FaceMatchResult r = engine.match(img("london/003_03.jpg"), img("london/003_08.jpg"));
        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.reasons()).isEmpty();
        assertThat(r.liveTemplate().vector()).hasSize(512);
        assertThat(r.liveTemplate().toBytes()).hasSize(2048);
    }

    @Test
    void differentPeopleDoNotMatchEvenTheHardestLookAlikes() throws Exception {
        assertThat(engine.match(img("london/001_03.jpg"), img("london/005_08.jpg")).outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        FaceMatchResult hardest = engine.match(img("london/062_03.jpg"), img("london/126_03.jpg"));
        assertThat(hardest.outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aPortraitMatchesTheTemplateOfALiveImage() throws Exception {
        FaceMatchResult selfie = engine.match(img("cc0_zoom/45cm.jpg"), img("cc0_zoom/30cm.jpg"));
        FaceMatchResult again = engine.match(img("cc0_zoom/60cm.jpg"), selfie.liveTemplate());
        assertThat(again.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void noFaceGivesNoFoundWithARetakeReason() throws Exception {
        FaceMatchResult r = engine.match(img("london/001_03.jpg"), blankJpeg());
        assertThat(r.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(r.reasons()).containsExactly(ReasonCode.FACE_NOT_FOUND);
        assertThat(r.liveTemplate()).isNull();
    }

    @Test
    void printAndScreenAttacksAreRefused() throws Exception {
        for (String spoof : List.of("spoof_minivision/image_F1.jpg", "spoof_minivision/image_F2.jpg")) {
            FaceMatchResult r = engine.match(img("spoof_minivision/image_T1.jpg"), img(spoof));
            assertThat(r.reasons()).as(spoof).contains(ReasonCode.SPOOF_SUSPECTED);
            assertThat(r.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        }
    }

    @Test
    void corruptInputIsATypedError() {
        byte[] truncated = java.util.Arrays.copyOf(img("london/002_03.jpg"), 5000);
        assertThatThrownBy(() -> engine.match(img("london/002_03.jpg"), truncated))
                .isInstanceOfSatisfying(FaceImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.FACE_IMAGE_UNREADABLE));
    }

    /** n distinct frames of one real image, each rescaled to another width and re-encoded (a still "video"). */
    private static List<byte[]> variants(String file, int n) throws Exception {
        BufferedImage src = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(img(file)));
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int w = 640 - 24 * i;
            int h = src.getHeight() * w / src.getWidth();
            BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = b.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
            g.dispose();
            out.add(ImageDecoderTest.encode(b, "jpeg"));
        }
        return out;
    }

    private static List<LiveFrame> timed(List<byte[]> images) {
        List<LiveFrame> frames = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            frames.add(new LiveFrame(images.get(i), 150L * i));
        }
        return frames;
    }

    @Test
    void aStillPersonDoesNotPassTheChallengeAndTheSameFramesAreNeverAcceptedAgain() throws Exception {
        List<LiveFrame> frames = timed(variants("london/001_08.jpg", 6));
        LivenessChallenge c = engine.issueChallenge();
        LivenessResult first = engine.verifyLiveness(c.nonce(), frames);
        assertThat(first.outcome()).isEqualTo(LivenessResult.Outcome.FAILED);
        assertThat(first.reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_MISSING);
        assertThat(first.template()).isNull();
        LivenessChallenge fresh = engine.issueChallenge();
        assertThat(engine.verifyLiveness(fresh.nonce(), frames).reasons()).containsExactly(ReasonCode.LIVENESS_FRAME_REPLAYED);
        assertThat(engine.verifyLiveness(fresh.nonce(), timed(variants("london/002_08.jpg", 6))).reasons())
                .containsExactly(ReasonCode.LIVENESS_CHALLENGE_UNKNOWN);
    }

    @Test
    void anotherPersonHalfwayThroughIsAFaceChange() throws Exception {
        List<byte[]> images = new ArrayList<>(variants("london/004_08.jpg", 3));
        images.addAll(variants("london/007_08.jpg", 3));
        LivenessResult r = engine.verifyLiveness(engine.issueChallenge().nonce(), timed(images));
        assertThat(r.reasons()).containsExactly(ReasonCode.LIVENESS_FACE_CHANGED);
    }

    @Test
    void tooFewFramesACorruptFrameAndAFrameWithoutAFace() throws Exception {
        assertThat(engine.verifyLiveness(engine.issueChallenge().nonce(), timed(variants("london/005_08.jpg", 4))).reasons())
                .containsExactly(ReasonCode.LIVENESS_FRAME_COUNT);
        List<byte[]> corrupt = new ArrayList<>(variants("london/006_08.jpg", 5));
        corrupt.set(2, java.util.Arrays.copyOf(corrupt.get(2), 3000));
        assertThat(engine.verifyLiveness(engine.issueChallenge().nonce(), timed(corrupt)).reasons())
                .containsExactly(ReasonCode.FACE_IMAGE_UNREADABLE);
        List<byte[]> blank = new ArrayList<>(variants("london/007_03.jpg", 5));
        blank.set(3, blankJpeg());
        assertThat(engine.verifyLiveness(engine.issueChallenge().nonce(), timed(blank)).reasons())
                .containsExactly(ReasonCode.FACE_NOT_FOUND);
    }

    @Test
    void framesMeasuredInParallelGiveTheSameVerdictsAndTypedErrors() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            FaceEngine parallel = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), FacePolicy.calibrated(),
                    LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100),
                    new InMemoryFrameLedger(1000), pool);
            List<byte[]> images = new ArrayList<>(variants("london/003_08.jpg", 3));
            images.addAll(variants("london/006_08.jpg", 3));
            assertThat(parallel.verifyLiveness(parallel.issueChallenge().nonce(), timed(images)).reasons())
                    .containsExactly(ReasonCode.LIVENESS_FACE_CHANGED);
            List<byte[]> corrupt = new ArrayList<>(variants("london/010_08.jpg", 6));
            corrupt.set(4, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
            assertThat(parallel.verifyLiveness(parallel.issueChallenge().nonce(), timed(corrupt)).reasons())
                    .containsExactly(ReasonCode.FACE_IMAGE_UNREADABLE);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thirtyFramesDeclaringFortyNineMegapixelsAreRefusedFromTheirHeadersAndTheChallengeStaysUsable() throws Exception {
        LivenessChallenge c = engine.issueChallenge();
        List<LiveFrame> bombs = timed(java.util.Collections.nCopies(30, DeclaredSizeImages.png(7000, 7000)));
        // within the per-frame bound but not in all: thirty 4K frames are 249 megapixels
        List<LiveFrame> many = timed(java.util.Collections.nCopies(30, DeclaredSizeImages.jpeg(3840, 2160)));
        long start = System.nanoTime();
        for (List<LiveFrame> frames : List.of(bombs, many)) {
            assertThatThrownBy(() -> engine.verifyLiveness(c.nonce(), frames)).isInstanceOfSatisfying(FaceImageException.class,
                    e -> assertThat(e.reason()).isEqualTo(ReasonCode.FACE_IMAGE_TOO_LARGE));
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms, nothing decoded").isLessThan(2000);
        // refused before the nonce was redeemed: the same challenge takes the next frames
        assertThat(engine.verifyLiveness(c.nonce(), timed(variants("london/008_08.jpg", 6))).reasons())
                .doesNotContain(ReasonCode.LIVENESS_CHALLENGE_UNKNOWN, ReasonCode.FACE_IMAGE_TOO_LARGE);
    }

    @Test
    void framesJustUnderTheBudgetAreDecoded() throws Exception {
        // twelve 4K frames, 99.5 megapixels: past the budget, each frame goes to the decoder, which finds only a
        // 1×1 picture behind the header
        List<LiveFrame> frames = timed(java.util.Collections.nCopies(12, DeclaredSizeImages.png(3840, 2160)));
        assertThat(engine.verifyLiveness(engine.issueChallenge().nonce(), frames).reasons())
                .containsExactly(ReasonCode.FACE_IMAGE_UNREADABLE);
    }
}
