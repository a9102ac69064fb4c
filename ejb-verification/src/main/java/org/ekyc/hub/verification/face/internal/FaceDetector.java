package org.ekyc.hub.verification.face.internal;

import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.ModelRegistry;

/** YuNet 640×640: BGR 0..255, letterboxed top-left; detections in source-image coordinates. */
public final class FaceDetector {

    public static final int SIDE = 640;
    private static final double SCORE = 0.6;
    private static final double NMS_IOU = 0.3;

    private final ModelRegistry models;
    private final OrtSession session;
    private final ThreadLocal<FloatBuffer> input = Tensors.buffer(3 * SIDE * SIDE);
    private final ThreadLocal<byte[]> canvas = ThreadLocal.withInitial(() -> new byte[SIDE * SIDE * 3]);

    public FaceDetector(ModelRegistry models) {
        this.models = models;
        this.session = models.session(ModelRegistry.Model.DETECTOR);
    }

    /** All faces, best score first. */
    public List<Detection> detect(BgrImage img) {
        byte[] padded = canvas.get();
        double scale = ImageOps.letterbox(img, SIDE, padded);
        FloatBuffer in = input.get();
        ImageOps.toChw(new BgrImage(SIDE, SIDE, padded), in, false, 0f, 1f);
        List<Detection> found = Tensors.run(models.environment(), session, in, new long[] {1, 3, SIDE, SIDE}, r -> {
            int n = YuNetDecoder.STRIDES.length;
            float[][] cls = new float[n][];
            float[][] obj = new float[n][];
            float[][] bbox = new float[n][];
            float[][] kps = new float[n][];
            for (int i = 0; i < n; i++) {
                int s = YuNetDecoder.STRIDES[i];
                cls[i] = Tensors.floats(r, "cls_" + s);
                obj[i] = Tensors.floats(r, "obj_" + s);
                bbox[i] = Tensors.floats(r, "bbox_" + s);
                kps[i] = Tensors.floats(r, "kps_" + s);
            }
            return YuNetDecoder.decode(SIDE, cls, obj, bbox, kps, SCORE, NMS_IOU);
        });
        return found.stream().map(d -> d.scaled(1 / scale)).toList();
    }
}
