package org.ekyc.hub.verification.face.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.function.Function;
import org.ekyc.hub.verification.face.ModelException;

/** Runs a single-input session on a reusable per-thread direct buffer and reads float outputs. */
final class Tensors {

    private Tensors() {
    }

    /** A per-thread direct buffer of {@code floats} elements, reused across calls on the same thread. */
    static ThreadLocal<FloatBuffer> buffer(int floats) {
        return ThreadLocal.withInitial(() ->
                ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer());
    }

    static <T> T run(OrtEnvironment env, OrtSession session, FloatBuffer input, long[] shape,
                     Function<OrtSession.Result, T> read) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, shape);
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            return read.apply(result);
        } catch (OrtException e) {
            throw new ModelException("inference failed", e);
        }
    }

    static float[] floats(OrtSession.Result result, String name) {
        OnnxTensor t = (OnnxTensor) result.get(name).orElseThrow(() -> new ModelException("no output " + name));
        FloatBuffer fb = t.getFloatBuffer();
        float[] out = new float[fb.remaining()];
        fb.get(out);
        return out;
    }

    static float[] first(OrtSession.Result result) {
        OnnxTensor t = (OnnxTensor) result.get(0);
        FloatBuffer fb = t.getFloatBuffer();
        float[] out = new float[fb.remaining()];
        fb.get(out);
        return out;
    }

    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
