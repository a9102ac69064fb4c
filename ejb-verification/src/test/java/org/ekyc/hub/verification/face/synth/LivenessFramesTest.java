package org.ekyc.hub.verification.face.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessAction;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.api.face.PortraitTemplate;
import org.ekyc.hub.verification.face.FaceEngine;
import org.ekyc.hub.verification.face.FacePolicy;
import org.ekyc.hub.verification.face.FaceTestData;
import org.ekyc.hub.verification.face.ImageDecoder;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.ChallengeStore;
import org.ekyc.hub.verification.face.liveness.FrameMeasurement;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.junit.jupiter.api.Test;

/**
 * Rendered frames through the real face engine, the path the selfie API takes (FaceServiceBean delegates to
 * it): the liveness check of the frames, its passive anti-spoof score, and the match of the passed check's
 * template against the template of ANOTHER photo of the same person, standing in for the document portrait.
 * Thresholds are the engine's own.
 */
class LivenessFramesTest {

    private static final LivenessAction LEFT = LivenessAction.TURN_LEFT;
    private static final LivenessAction RIGHT = LivenessAction.TURN_RIGHT;
    private static final LivenessAction BLINK = LivenessAction.BLINK;

    private final ChallengeStore challenges = new ChallengeStore.InMemory();
    private final FacePolicy policy = FacePolicy.calibrated();
    private final FaceEngine engine = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), policy,
            LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100, challenges),
            new InMemoryFrameLedger(10_000));

    private static Path london(String file) {
        return FaceTestData.facesDir().resolve("london").resolve(file);
    }

    /** A challenge of the given actions, opened in the engine's challenge store as its issuer would open one. */
    private LivenessChallenge challenge(List<LivenessAction> actions) {
        byte[] nonce = new byte[24];
        new SecureRandom().nextBytes(nonce);
        Instant now = Instant.now();
        LivenessChallenge c = new LivenessChallenge(HexFormat.of().formatHex(nonce), actions, now, now.plusSeconds(60));
        challenges.put(c, now, 100);
        return c;
    }

    private FaceTemplate portrait(String file) throws Exception {
        PortraitTemplate t = engine.portraitTemplate(FaceTestData.image("london/" + file));
        assertThat(t.usable()).as(file).isTrue();
        return t.template();
    }

    @Test
    void everyBlinkingFacePassesLivenessAndAntiSpoofInSomeOrderAndMatchesOnlyItsOwnOtherPhoto() throws Exception {
        List<List<LivenessAction>> orders = List.of(List.of(LEFT, BLINK), List.of(RIGHT, BLINK, LEFT), List.of(BLINK, RIGHT),
                List.of(LEFT, RIGHT), List.of(RIGHT, BLINK), List.of(BLINK, LEFT, BLINK), List.of(LEFT, RIGHT, LEFT),
                List.of(RIGHT, LEFT, BLINK));
        List<String> faces = LivenessFrames.BLINKING_FACES;
        for (int i = 0; i < faces.size(); i++) {
            String person = faces.get(i);
            // three places on: never the look-alike pairs of the tuning split (062 ~ 126, 009 ~ 019), which
            // even the real photos only keep out of MATCH
            String other = faces.get((i + 3) % faces.size());
            List<LivenessAction> actions = orders.get(i % orders.size());
            String what = person + " " + actions;
            Path source = LivenessFrames.neutralPhotoOf(london(person + "_08.jpg"));
            List<LiveFrame> frames = LivenessFrames.forChallenge(actions, source, 100 + i);
            assertThat(frames.size()).as(what).isBetween(5, 40);
            LivenessResult live = engine.verifyLiveness(challenge(actions).nonce(), frames);
            assertThat(live.reasons()).as(what).isEmpty();
            assertThat(live.outcome()).as(what).isEqualTo(LivenessResult.Outcome.PASSED);
            assertThat(live.spoofScore()).as(what).isGreaterThanOrEqualTo(policy.spoofReview());
            FaceMatchResult same = engine.match(portrait(person + "_08.jpg"), live.template());
            assertThat(same.outcome()).as(what + " against " + person + "_08, similarity " + same.similarity())
                    .isEqualTo(MatchOutcome.MATCH);
            FaceMatchResult impostor = engine.match(portrait(other + "_08.jpg"), live.template());
            assertThat(impostor.outcome()).as(what + " against " + other + "_08, similarity " + impostor.similarity())
                    .isEqualTo(MatchOutcome.NO_MATCH);
        }
    }

    @Test
    void theSameHeadWithoutTheTurnOrWithoutTheBlinkOrInAnotherOrderFails() throws Exception {
        Path face = london("006_03.jpg");
        List<LivenessAction> asked = List.of(LEFT, BLINK);
        LivenessResult noTurn = engine.verifyLiveness(challenge(asked).nonce(), LivenessFrames.forChallenge(List.of(BLINK), face, 1));
        assertThat(noTurn.reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_MISSING);
        LivenessResult noBlink = engine.verifyLiveness(challenge(asked).nonce(), LivenessFrames.forChallenge(List.of(LEFT), face, 2));
        assertThat(noBlink.reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_MISSING);
        LivenessResult still = engine.verifyLiveness(challenge(asked).nonce(), LivenessFrames.forChallenge(List.of(), face, 3));
        assertThat(still.reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_MISSING);
        LivenessResult swapped = engine.verifyLiveness(challenge(List.of(LEFT, RIGHT)).nonce(),
                LivenessFrames.forChallenge(List.of(RIGHT, LEFT), face, 4));
        assertThat(swapped.reasons()).containsExactly(ReasonCode.LIVENESS_ACTION_ORDER);
        for (LivenessResult r : List.of(noTurn, noBlink, still, swapped)) {
            assertThat(r.outcome()).isEqualTo(LivenessResult.Outcome.FAILED);
            assertThat(r.template()).isNull();
        }
    }

    @Test
    void framesAreDeterministicPerSeedAndNoTwoAreTheSameBytes() throws Exception {
        Path face = london("001_03.jpg");
        List<LiveFrame> once = LivenessFrames.forChallenge(List.of(BLINK, LEFT), face, 42);
        List<LiveFrame> again = LivenessFrames.forChallenge(List.of(BLINK, LEFT), face, 42);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < once.size(); i++) {
            assertThat(again.get(i).image()).isEqualTo(once.get(i).image());
            assertThat(again.get(i).capturedAtMillis()).isEqualTo(once.get(i).capturedAtMillis());
            distinct.add(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(once.get(i).image())));
        }
        assertThat(distinct).hasSize(once.size());
        assertThat(once.get(0).image()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(once.get(0).image()[1] & 0xFF).isEqualTo(0xD8);
    }

    /**
     * What the engine measures on each frame of one sequence (printed with {@code -Dliveness.report=true}, the
     * frames also written as PNG to {@code -Dliveness.dump=<dir>}): the data behind the tuning of the renderer.
     */
    @Test
    void oneSequenceMeasuredFrameByFrame() throws Exception {
        List<LivenessAction> actions = List.of(LEFT, BLINK, RIGHT);
        List<LiveFrame> frames = LivenessFrames.forChallenge(actions, london("009_03.jpg"), 11);
        List<LivenessFrames.Shot> shots = LivenessFrames.script(actions, 11);
        FaceTemplate doc = portrait("009_08.jpg");
        boolean report = Boolean.getBoolean("liveness.report");
        String dump = System.getProperty("liveness.dump");
        for (int i = 0; i < frames.size(); i++) {
            FrameMeasurement m = engine.measure(frames.get(i));
            assertThat(m.usable()).as("frame " + i).isTrue();
            double similarity = engine.match(doc, new FaceTemplate(doc.model(), m.embedding())).similarity();
            if (report) {
                System.out.printf("%2d rendered yaw %6.1f measured %6.1f eyes %-6s EAR %.3f P(closed) %.2f P(live) %.3f similarity %.2f%n",
                        i, shots.get(i).pose().yaw(), m.yawDegrees(), shots.get(i).eyesClosed() ? "closed" : "open",
                        m.eyeAspectRatio(), m.eyeClosedProb(), m.liveScore(), similarity);
            }
            if (dump != null) {
                java.awt.image.BufferedImage im = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(frames.get(i).image()));
                javax.imageio.ImageIO.write(im, "png", Path.of(dump, "frame" + i + ".png").toFile());
            }
        }
        LivenessResult r = engine.verifyLiveness(challenge(actions).nonce(), frames);
        if (report) {
            System.out.println(r.outcome() + " " + r.reasons() + " P(live) median " + r.spoofScore() + " best frame " + r.bestFrame());
        }
        assertThat(r.outcome()).isEqualTo(LivenessResult.Outcome.PASSED);
    }
}
