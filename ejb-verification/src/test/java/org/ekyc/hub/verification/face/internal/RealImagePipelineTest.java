package org.ekyc.hub.verification.face.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.FaceTestData;
import org.junit.jupiter.api.Test;

class RealImagePipelineTest {

    private final FaceDetector detector = new FaceDetector(FaceTestData.models());
    private final FaceEmbedder embedder = new FaceEmbedder(FaceTestData.models());
    private final AntiSpoof antiSpoof = new AntiSpoof(FaceTestData.models());

    private float[] embed(String file) {
        BgrImage img = FaceTestData.decoded(file);
        List<Detection> faces = detector.detect(img);
        assertThat(faces).as(file).hasSize(1);
        return embedder.embed(img, faces.get(0));
    }

    @Test
    void detectsOneFaceWithPlausibleLandmarksOnAnIdStylePhoto() {
        BgrImage img = FaceTestData.decoded("london/001_03.jpg");
        List<Detection> faces = detector.detect(img);
        assertThat(faces).hasSize(1);
        Detection d = faces.get(0);
        assertThat(d.score()).isGreaterThan(0.9);
        List<Point> lm = d.landmarks();
        assertThat(lm.get(0).x()).isLessThan(lm.get(1).x());
        assertThat(lm.get(2).y()).isGreaterThan(lm.get(0).y());
        assertThat(lm.get(3).y()).isGreaterThan(lm.get(2).y());
        assertThat(d.x()).isLessThan(lm.get(0).x());
        assertThat(d.x() + d.w()).isGreaterThan(lm.get(1).x());
        assertThat(Math.abs(d.yawDegrees())).isLessThan(10);
    }

    @Test
    void samePersonScoresHighDifferentPeopleLow() {
        double genuine = FaceEmbedder.cosine(embed("london/001_03.jpg"), embed("london/001_08.jpg"));
        double impostor = FaceEmbedder.cosine(embed("london/001_03.jpg"), embed("london/002_03.jpg"));
        double acrossDistance = FaceEmbedder.cosine(embed("cc0_zoom/30cm.jpg"), embed("cc0_zoom/60cm.jpg"));
        assertThat(genuine).isGreaterThan(0.75);
        assertThat(acrossDistance).isGreaterThan(0.75);
        assertThat(impostor).isLessThan(0.35);
    }

    @Test
    void spoofSamplesScoreAsSpoofAndTheLiveSampleAsLive() {
        assertThat(live("spoof_minivision/image_F1.jpg")).isLessThan(0.30);
        assertThat(live("spoof_minivision/image_F2.jpg")).isLessThan(0.30);
        assertThat(live("spoof_minivision/image_T1.jpg")).isGreaterThan(0.9);
    }

    private double live(String file) {
        BgrImage img = FaceTestData.decoded(file);
        return antiSpoof.liveProbability(img, detector.detect(img).get(0));
    }
}
