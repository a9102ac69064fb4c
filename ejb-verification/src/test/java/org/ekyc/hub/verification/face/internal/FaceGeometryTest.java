package org.ekyc.hub.verification.face.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaceGeometryTest {

    private static Detection withNoseAt(double noseX) {
        return new Detection(0, 0, 100, 100, 0.9, List.of(new Point(30, 40), new Point(70, 40), new Point(noseX, 60),
                new Point(35, 80), new Point(65, 80)));
    }

    @Test
    void yawIsZeroFacingTheCameraAndPositiveWhenThePersonTurnsLeft() {
        assertThat(withNoseAt(50).yawDegrees()).isCloseTo(0, within(1e-9));
        // nose towards the image's right = the person's left
        assertThat(withNoseAt(62).yawDegrees()).isCloseTo(Math.toDegrees(Math.atan(0.3 / 0.6)), within(1e-9));
        assertThat(withNoseAt(38).yawDegrees()).isNegative();
    }

    @Test
    void cosineOfNormalisedVectors() {
        float[] a = FaceEmbedder.normalise(new float[] {3, 4});
        assertThat(a[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(FaceEmbedder.cosine(a, a)).isCloseTo(1, within(1e-6));
        assertThat(FaceEmbedder.cosine(new float[] {1, 0}, new float[] {0, 2})).isCloseTo(0, within(1e-9));
        assertThat(FaceEmbedder.cosine(new float[] {1, 0}, new float[] {-1, 0})).isCloseTo(-1, within(1e-9));
    }

    @Test
    void eyeAspectRatioOfOpenAndClosedEyes() {
        List<Point> open = new java.util.ArrayList<>(java.util.Collections.nCopies(36, new Point(0, 0)));
        open.addAll(List.of(new Point(0, 0), new Point(3, -2), new Point(7, -2), new Point(10, 0), new Point(7, 2), new Point(3, 2)));
        assertThat(EyeMeasurer.eyeAspectRatio(open, 36)).isCloseTo(0.4, within(1e-9));
        List<Point> closed = new java.util.ArrayList<>(java.util.Collections.nCopies(36, new Point(0, 0)));
        closed.addAll(List.of(new Point(0, 0), new Point(3, -0.5), new Point(7, -0.5), new Point(10, 0), new Point(7, 0.5), new Point(3, 0.5)));
        assertThat(EyeMeasurer.eyeAspectRatio(closed, 36)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void minivisionCropEnlargesAroundTheBoxAndShiftsItInsideTheImage() {
        Detection centred = new Detection(200, 200, 100, 100, 0.9, withNoseAt(50).landmarks());
        assertThat(AntiSpoof.minivisionBox(1000, 1000, centred, 2.7)).containsExactly(115, 115, 385, 385);
        Detection nearEdge = new Detection(10, 10, 100, 100, 0.9, withNoseAt(50).landmarks());
        int[] box = AntiSpoof.minivisionBox(1000, 1000, nearEdge, 2.7);
        assertThat(box[0]).isZero();
        assertThat(box[2] - box[0]).isEqualTo(270);
        // the scale is capped so the crop fits the image
        assertThat(AntiSpoof.minivisionBox(300, 300, centredIn300(), 4.0)).containsExactly(0, 0, 299, 299);
    }

    private static Detection centredIn300() {
        return new Detection(100, 100, 100, 100, 0.9, withNoseAt(50).landmarks());
    }
}
