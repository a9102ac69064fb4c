package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.MatchOutcome;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.junit.jupiter.api.Test;

/**
 * #19 Every match the engine judges carries the thresholds its policy applied (the case keeps them as the reviewer's
 * evidence); a comparison that never happened carries none. On the tuning images of ../shared/testdata/faces.
 */
class FaceMatchEvidenceTest {

    private final FacePolicy policy = FacePolicy.calibrated();
    private final FaceEngine engine = new FaceEngine(FaceTestData.models(), ImageDecoder.defaults(), policy,
            LivenessPolicy.defaults(), new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100),
            new InMemoryFrameLedger(1000));

    @Test
    void aMatchAndANoMatchCarryThePolicysThresholdsAndTheirOutcomeFollowsThem() throws Exception {
        FaceMatchResult same = engine.match(FaceTestData.image("london/003_03.jpg"), FaceTestData.image("london/003_08.jpg"));
        FaceMatchResult other = engine.match(FaceTestData.image("london/001_03.jpg"), FaceTestData.image("london/005_08.jpg"));
        for (FaceMatchResult r : new FaceMatchResult[] {same, other}) {
            assertThat(r.matchThreshold()).isEqualTo(policy.matchThreshold());
            assertThat(r.reviewThreshold()).isEqualTo(policy.reviewThreshold());
        }
        assertThat(same.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(same.similarity()).isGreaterThanOrEqualTo(same.matchThreshold());
        assertThat(other.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(other.similarity()).isLessThan(other.reviewThreshold());
    }

    @Test
    void aPortraitAgainstALiveTemplateCarriesThemToo() throws Exception {
        FaceMatchResult selfie = engine.match(FaceTestData.image("cc0_zoom/45cm.jpg"), FaceTestData.image("cc0_zoom/30cm.jpg"));
        FaceMatchResult again = engine.match(engine.portraitTemplate(FaceTestData.image("cc0_zoom/60cm.jpg")).template(),
                selfie.liveTemplate());
        assertThat(again.matchThreshold()).isEqualTo(policy.matchThreshold());
        assertThat(again.reviewThreshold()).isEqualTo(policy.reviewThreshold());
    }

    @Test
    void noFaceComparedCarriesNoThreshold() throws Exception {
        java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        FaceMatchResult r = engine.match(FaceTestData.image("london/001_03.jpg"), ImageDecoderTest.encode(blank, "jpeg"));
        assertThat(r.similarity()).isNaN();
        assertThat(r.matchThreshold()).isNaN();
        assertThat(r.reviewThreshold()).isNaN();
    }
}
