package org.ekyc.hub.verification.face;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * Loads every face model once, after checking its sha256 against {@code models.sha256.properties},
 * and keeps one {@link OrtSession} per model: the detector, the anti-spoof, landmark and eye models, and
 * the one embedding model chosen by {@link EmbeddingModel#configured()} (the other is neither checked nor loaded). Sessions are safe for concurrent {@code run} calls;
 * each uses one intra-op thread so that requests, not operators, are what runs in parallel.
 */
public final class ModelRegistry implements AutoCloseable {

    /** The models the engine uses, by file name. */
    public enum Model {
        DETECTOR("face_detection_yunet_2023mar.onnx"),
        EMBEDDING("faceplugin_fr_feature.onnx"),
        DLIB_EMBEDDING("dlib_face_recognition_resnet_v1.onnx"),
        ANTISPOOF_V2("antispoof_minifasnetv2_2.7_80x80.onnx"),
        ANTISPOOF_V1SE("antispoof_minifasnetv1se_4.0_80x80.onnx"),
        LANDMARKS68("faceplugin_fr_landmark68.onnx"),
        EYE_STATE("faceplugin_fr_eye.onnx");

        private final String file;

        Model(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    private final OrtEnvironment env;
    private final Map<Model, OrtSession> sessions = new EnumMap<>(Model.class);
    private final Path directory;
    private final EmbeddingModel embedder;

    private ModelRegistry(Path directory, EmbeddingModel embedder) {
        this.directory = directory;
        this.embedder = embedder;
        this.env = OrtEnvironment.getEnvironment();
    }

    /** Loads from {@link ModelDirectory#resolve()} with the configured embedder. */
    public static ModelRegistry load() {
        return load(ModelDirectory.resolve());
    }

    /** Loads from {@code directory} with the configured embedder. */
    public static ModelRegistry load(Path directory) {
        return load(directory, EmbeddingModel.configured());
    }

    public static ModelRegistry load(Path directory, EmbeddingModel embedder) {
        Properties expected = expectedHashes();
        ModelRegistry registry = new ModelRegistry(directory, embedder);
        try {
            for (Model m : required(embedder)) {
                Path file = directory.resolve(m.file());
                verify(file, expected.getProperty(m.file()));
                registry.sessions.put(m, registry.open(file));
            }
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    public OrtEnvironment environment() {
        return env;
    }

    /** The session of a loaded model; a model this configuration did not load is a programming error. */
    public OrtSession session(Model model) {
        OrtSession s = sessions.get(model);
        if (s == null) {
            throw new ModelException("face model " + model.file() + " is not loaded (embedder: " + embedder.configName() + ")");
        }
        return s;
    }

    /** The embedding model loaded. */
    public EmbeddingModel embedder() {
        return embedder;
    }

    /** Every model except the embedders not chosen. */
    static java.util.List<Model> required(EmbeddingModel embedder) {
        java.util.List<Model> out = new java.util.ArrayList<>();
        for (Model m : Model.values()) {
            boolean otherEmbedder = java.util.Arrays.stream(EmbeddingModel.values())
                    .anyMatch(e -> e != embedder && e.model() == m);
            if (!otherEmbedder) {
                out.add(m);
            }
        }
        return out;
    }

    public Path directory() {
        return directory;
    }

    static void verify(Path file, String expectedSha256) {
        if (expectedSha256 == null) {
            throw new ModelException("no expected sha256 for " + file.getFileName());
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelException("face model " + file.getFileName() + " is missing: looked for "
                    + file.toAbsolutePath() + " (directory from -D" + ModelDirectory.PROPERTY + ", "
                    + ModelDirectory.ENVIRONMENT + " or ../shared/models)");
        }
        String actual = sha256(file);
        if (!actual.equalsIgnoreCase(expectedSha256.trim())) {
            throw new ModelException("face model " + file.toAbsolutePath() + " has sha256 " + actual
                    + " but " + expectedSha256.trim() + " is expected: replace it with the file named in PROVENANCE.md");
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new ModelException("cannot read face model " + file.toAbsolutePath(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties expectedHashes() {
        Properties p = new Properties();
        try (InputStream in = ModelRegistry.class.getResourceAsStream("models.sha256.properties")) {
            if (in == null) {
                throw new ModelException("models.sha256.properties is missing from the engine jar");
            }
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrtSession open(Path file) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return env.createSession(file.toString(), options);
        } catch (OrtException e) {
            throw new ModelException("cannot load face model " + file.toAbsolutePath(), e);
        }
    }

    @Override
    public void close() {
        for (OrtSession s : sessions.values()) {
            try {
                s.close();
            } catch (OrtException e) {
                // closing at shutdown: nothing left to do with a session that will not close
            }
        }
        sessions.clear();
    }
}
