package org.ekyc.hub.verification.face.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ekyc.hub.verification.face.BgrImage;
import org.junit.jupiter.api.Test;

class SimilarityTransformTest {

    private static final List<Point> TEMPLATE = SimilarityTransform.ARCFACE_112;

    @Test
    void recoversAKnownRotationScaleAndShift() {
        double angle = Math.toRadians(17);
        double scale = 3.2;
        SimilarityTransform known = new SimilarityTransform(scale * Math.cos(angle), scale * Math.sin(angle), 250, 90);
        List<Point> inImage = TEMPLATE.stream().map(known::apply).toList();
        SimilarityTransform fitted = SimilarityTransform.estimate(inImage, TEMPLATE);
        for (int i = 0; i < TEMPLATE.size(); i++) {
            Point p = fitted.apply(inImage.get(i));
            assertThat(p.x()).isCloseTo(TEMPLATE.get(i).x(), within(1e-9));
            assertThat(p.y()).isCloseTo(TEMPLATE.get(i).y(), within(1e-9));
        }
        assertThat(fitted.scale()).isCloseTo(1 / scale, within(1e-9));
        Point back = fitted.inverse().apply(TEMPLATE.get(2));
        assertThat(back.x()).isCloseTo(inImage.get(2).x(), within(1e-9));
    }

    @Test
    void neverReflectsAMirroredFace() {
        List<Point> mirrored = TEMPLATE.stream().map(p -> new Point(112 - p.x(), p.y())).toList();
        SimilarityTransform t = SimilarityTransform.estimate(mirrored, TEMPLATE);
        // a reflection would map them exactly; a similarity transform cannot, so the fit degenerates in scale
        assertThat(t.scale()).isLessThan(0.5);
    }

    @Test
    void alignmentWarpPutsTheLandmarksOnTheTemplate() {
        // a 400×400 image with a bright dot at the left eye landmark position of a scaled/rotated face
        double angle = Math.toRadians(-10);
        SimilarityTransform templateToImage = new SimilarityTransform(2.5 * Math.cos(angle), 2.5 * Math.sin(angle), 120, 60);
        List<Point> landmarks = TEMPLATE.stream().map(templateToImage::apply).toList();
        byte[] data = new byte[400 * 400 * 3];
        Point eye = landmarks.get(0);
        for (int y = (int) eye.y() - 3; y <= (int) eye.y() + 3; y++) {
            for (int x = (int) eye.x() - 3; x <= (int) eye.x() + 3; x++) {
                data[(y * 400 + x) * 3 + 2] = (byte) 255;
            }
        }
        Detection face = new Detection(100, 50, 250, 300, 0.9, landmarks);
        BgrImage aligned = FaceEmbedder.align(new BgrImage(400, 400, data), face);
        assertThat(aligned.width()).isEqualTo(112);
        assertThat(aligned.sample(38, 52, 2)).isGreaterThan(200);
        assertThat(aligned.sample(74, 52, 2)).isZero();
    }
}
