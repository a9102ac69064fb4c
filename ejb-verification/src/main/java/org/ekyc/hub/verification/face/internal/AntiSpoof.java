package org.ekyc.hub.verification.face.internal;

import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.ModelRegistry;

/**
 * Minivision Silent-Face-Anti-Spoofing, MiniFASNetV2 (crop scale 2.7) and MiniFASNetV1SE (4.0),
 * 80×80 BGR 0..255; softmax class 1 = real. The fused score is the mean of the two P(real), as upstream.
 */
public final class AntiSpoof {

    private static final int SIDE = 80;

    private final ModelRegistry models;
    private final OrtSession v2;
    private final OrtSession v1se;
    private final ThreadLocal<FloatBuffer> input = Tensors.buffer(3 * SIDE * SIDE);

    public AntiSpoof(ModelRegistry models) {
        this.models = models;
        this.v2 = models.session(ModelRegistry.Model.ANTISPOOF_V2);
        this.v1se = models.session(ModelRegistry.Model.ANTISPOOF_V1SE);
    }

    /** Fused P(real) in [0, 1]. */
    public double liveProbability(BgrImage img, Detection face) {
        return (realProbability(v2, img, face, 2.7) + realProbability(v1se, img, face, 4.0)) / 2;
    }

    private double realProbability(OrtSession session, BgrImage img, Detection face, double scale) {
        int[] box = minivisionBox(img.width(), img.height(), face, scale);
        BgrImage crop = ImageOps.cropResize(img, box[0], box[1], box[2], box[3], SIDE, SIDE);
        FloatBuffer in = input.get();
        ImageOps.toChw(crop, in, false, 0f, 1f);
        float[] logits = Tensors.run(models.environment(), session, in, new long[] {1, 3, SIDE, SIDE}, Tensors::first);
        return Tensors.softmax(logits)[1];
    }

    /**
     * Minivision's CropImage box: the detector box enlarged by {@code scale} (capped so it fits the image),
     * centred on the box centre and shifted inside the image. Returns inclusive {x0, y0, x1, y1}.
     */
    public static int[] minivisionBox(int srcW, int srcH, Detection face, double scale) {
        double s = Math.min((srcH - 1) / face.h(), Math.min((srcW - 1) / face.w(), scale));
        double nw = face.w() * s;
        double nh = face.h() * s;
        double cx = face.x() + face.w() / 2;
        double cy = face.y() + face.h() / 2;
        double x0 = cx - nw / 2;
        double y0 = cy - nh / 2;
        double x1 = cx + nw / 2;
        double y1 = cy + nh / 2;
        if (x0 < 0) {
            x1 -= x0;
            x0 = 0;
        }
        if (y0 < 0) {
            y1 -= y0;
            y0 = 0;
        }
        if (x1 > srcW - 1) {
            x0 -= x1 - srcW + 1;
            x1 = srcW - 1;
        }
        if (y1 > srcH - 1) {
            y0 -= y1 - srcH + 1;
            y1 = srcH - 1;
        }
        return new int[] {(int) x0, (int) y0, (int) x1, (int) y1};
    }
}
