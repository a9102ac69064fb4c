package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.Point;
import org.ekyc.hub.verification.face.internal.SimilarityTransform;
import org.junit.jupiter.api.Test;

class FaceAnalyzerTest {

    private final FaceAnalyzer analyzer = new FaceAnalyzer(FacePolicy.calibrated());

    /** The ArcFace template scaled by {@code scale}, at x; the nose moved sideways by {@code noseOffset} × the eye distance. */
    private static Detection face(double x, double scale, double noseOffset) {
        return turned(x, scale, noseOffset, 1);
    }

    /** As {@link #face}, squeezed horizontally by {@code squeeze} as a turned head is. */
    private static Detection turned(double x, double scale, double noseOffset, double squeeze) {
        List<Point> t = SimilarityTransform.ARCFACE_112;
        double eyes = t.get(1).x() - t.get(0).x();
        List<Point> lm = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double dx = (t.get(i).x() - 56) * squeeze + (i == 2 ? noseOffset * eyes * squeeze : 0);
            lm.add(new Point(x + (56 + dx) * scale, 100 + t.get(i).y() * scale));
        }
        return new Detection(x, 100, 112 * scale, 112 * scale, 0.93, lm);
    }

    @Test
    void noFace() {
        assertThat(analyzer.choose(List.of(), true).problem()).isEqualTo(ReasonCode.FACE_NOT_FOUND);
    }

    @Test
    void theLargestFrontalFaceIsUsable() {
        FaceFinding f = analyzer.choose(List.of(face(0, 3, 0)), true);
        assertThat(f.usable()).isTrue();
        assertThat(f.faceCount()).isEqualTo(1);
    }

    @Test
    void aSecondFaceOfSimilarSizeIsAmbiguousButASmallBackgroundFaceIsNot() {
        assertThat(analyzer.choose(List.of(face(0, 3, 0), face(500, 2, 0)), true).problem())
                .isEqualTo(ReasonCode.FACE_MULTIPLE);
        FaceFinding withGhost = analyzer.choose(List.of(face(500, 1.4, 0), face(0, 3, 0)), true);
        assertThat(withGhost.usable()).isTrue();
        assertThat(withGhost.face().w()).isEqualTo(336);
    }

    @Test
    void aFaceSmallerThanTheAlignmentTemplateIsTooSmall() {
        assertThat(FaceAnalyzer.templateScale(face(0, 2.5, 0))).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(analyzer.choose(List.of(face(0, 0.9, 0)), true).problem()).isEqualTo(ReasonCode.FACE_TOO_SMALL);
        assertThat(analyzer.choose(List.of(face(0, 0.9, 0)), false).problem()).isEqualTo(ReasonCode.FACE_TOO_SMALL);
        assertThat(analyzer.choose(List.of(face(0, 1.1, 0)), true).usable()).isTrue();
    }

    @Test
    void aTurnedHeadIsNotMistakenForASmallOne() {
        // turned about 40°: eyes at 0.77 of their frontal distance, eye-to-mouth height unchanged
        Detection turned = turned(0, 1.15, 0.6, 0.77);
        assertThat(turned.landmarks().get(0).distance(turned.landmarks().get(1)) / 35.24).isLessThan(0.9);
        assertThat(analyzer.choose(List.of(turned), false).usable()).isTrue();
    }

    @Test
    void severalFacesComeBeforeSizeAndPose() {
        assertThat(analyzer.choose(List.of(face(0, 0.8, 0.6), face(300, 0.7, 0)), true).problem())
                .isEqualTo(ReasonCode.FACE_MULTIPLE);
    }

    @Test
    void extremePoseOnlyWhereThePoseMatters() {
        Detection turned = face(0, 3, 0.45); // atan(0.45 / 0.6) ≈ 37°
        assertThat(analyzer.choose(List.of(turned), true).problem()).isEqualTo(ReasonCode.FACE_POSE_EXTREME);
        assertThat(analyzer.choose(List.of(turned), false).usable()).isTrue();
    }
}
