package org.ekyc.hub.verification.face.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class YuNetDecoderTest {

    private static final int SIDE = 640;

    private final float[][] cls = new float[3][];
    private final float[][] obj = new float[3][];
    private final float[][] bbox = new float[3][];
    private final float[][] kps = new float[3][];

    YuNetDecoderTest() {
        for (int i = 0; i < 3; i++) {
            int n = (SIDE / YuNetDecoder.STRIDES[i]) * (SIDE / YuNetDecoder.STRIDES[i]);
            cls[i] = new float[n];
            obj[i] = new float[n];
            bbox[i] = new float[n * 4];
            kps[i] = new float[n * 10];
        }
    }

    private void anchor(int strideIndex, int row, int col, float c, float o, float[] box, float[] points) {
        int cols = SIDE / YuNetDecoder.STRIDES[strideIndex];
        int i = row * cols + col;
        cls[strideIndex][i] = c;
        obj[strideIndex][i] = o;
        System.arraycopy(box, 0, bbox[strideIndex], i * 4, 4);
        System.arraycopy(points, 0, kps[strideIndex], i * 10, 10);
    }

    @Test
    void decodesBoxLandmarksAndScoreAsOpenCvDoes() {
        // stride 16, row 10, col 20: centre ((20 + 0.5)·16, (10 + 0.25)·16), size (e^1·16, e^1.5·16)
        anchor(1, 10, 20, 0.81f, 1.0f, new float[] {0.5f, 0.25f, 1f, 1.5f},
                new float[] {-1f, -1f, 1f, -1f, 0f, 0f, -0.5f, 1f, 0.5f, 1f});
        List<Detection> found = YuNetDecoder.decode(SIDE, cls, obj, bbox, kps, 0.6, 0.3);
        assertThat(found).hasSize(1);
        Detection d = found.get(0);
        double w = Math.exp(1) * 16;
        double h = Math.exp(1.5) * 16;
        assertThat(d.score()).isCloseTo(0.9, within(1e-6));
        assertThat(d.x()).isCloseTo(20.5 * 16 - w / 2, within(1e-4));
        assertThat(d.y()).isCloseTo(10.25 * 16 - h / 2, within(1e-4));
        assertThat(d.w()).isCloseTo(w, within(1e-4));
        assertThat(d.h()).isCloseTo(h, within(1e-4));
        assertThat(d.landmarks().get(0)).isEqualTo(new Point(19 * 16, 9 * 16));
        assertThat(d.landmarks().get(2)).isEqualTo(new Point(20 * 16, 10 * 16));
        assertThat(d.landmarks().get(4)).isEqualTo(new Point(20.5 * 16, 11 * 16));
    }

    @Test
    void scoreIsTheGeometricMeanOfClampedClassAndObjectnessAndFiltersLowOnes() {
        anchor(0, 0, 0, 1.7f, 0.49f, new float[4], new float[10]);   // sqrt(1 · 0.49) = 0.7: kept
        anchor(2, 3, 3, 0.5f, 0.5f, new float[4], new float[10]);    // 0.5: dropped
        anchor(2, 5, 5, -2f, 1f, new float[4], new float[10]);       // clamped to 0: dropped
        List<Detection> found = YuNetDecoder.decode(SIDE, cls, obj, bbox, kps, 0.6, 0.3);
        assertThat(found).singleElement().satisfies(d -> assertThat(d.score()).isCloseTo(0.7, within(1e-6)));
    }

    @Test
    void nonMaximumSuppressionKeepsTheBestOfOverlappingBoxesAndSeparateFaces() {
        List<Point> lm = List.of(new Point(0, 0), new Point(1, 0), new Point(0, 1), new Point(1, 1), new Point(2, 2));
        Detection best = new Detection(100, 100, 100, 100, 0.95, lm);
        Detection overlapping = new Detection(110, 105, 100, 100, 0.90, lm);
        Detection elsewhere = new Detection(400, 100, 80, 80, 0.70, lm);
        assertThat(YuNetDecoder.nms(List.of(overlapping, elsewhere, best), 0.3)).containsExactly(best, elsewhere);
    }
}
