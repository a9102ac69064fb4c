package org.ekyc.hub.verification.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.Point;
import org.junit.jupiter.api.Test;

class FaceAnalyzerTest {

    private final FaceAnalyzer analyzer = new FaceAnalyzer(FacePolicy.calibrated());

    private static Detection face(double x, double side, double noseOffset) {
        double cx = x + side / 2;
        double eye = side * 0.2;
        return new Detection(x, 100, side, side, 0.93, List.of(new Point(cx - eye, 140), new Point(cx + eye, 140),
                new Point(cx + noseOffset * 2 * eye, 160), new Point(cx - eye, 180), new Point(cx + eye, 180)));
    }

    @Test
    void noFace() {
        assertThat(analyzer.choose(List.of(), true).problem()).isEqualTo(ReasonCode.FACE_NOT_FOUND);
    }

    @Test
    void theLargestFrontalFaceIsUsable() {
        FaceFinding f = analyzer.choose(List.of(face(0, 300, 0)), true);
        assertThat(f.usable()).isTrue();
        assertThat(f.faceCount()).isEqualTo(1);
    }

    @Test
    void aSecondFaceOfSimilarSizeIsAmbiguousButASmallBackgroundFaceIsNot() {
        assertThat(analyzer.choose(List.of(face(0, 300, 0), face(500, 200, 0)), true).problem())
                .isEqualTo(ReasonCode.FACE_MULTIPLE);
        FaceFinding withGhost = analyzer.choose(List.of(face(500, 100, 0), face(0, 300, 0)), true);
        assertThat(withGhost.usable()).isTrue();
        assertThat(withGhost.face().w()).isEqualTo(300);
    }

    @Test
    void tinyFace() {
        assertThat(analyzer.choose(List.of(face(0, 60, 0)), true).problem()).isEqualTo(ReasonCode.FACE_TOO_SMALL);
    }

    @Test
    void extremePoseOnlyWhereThePoseMatters() {
        Detection turned = face(0, 300, 0.45); // atan(0.45 / 0.6) ≈ 37°
        assertThat(analyzer.choose(List.of(turned), true).problem()).isEqualTo(ReasonCode.FACE_POSE_EXTREME);
        assertThat(analyzer.choose(List.of(turned), false).usable()).isTrue();
    }
}
